import { describe, expect, it } from "vitest";
import { findCoordinatedBatches, handleClass, lookAlikeKey, type FollowArrival } from "./find-batches";
import type { BotSignalInput } from "./types";

const T0 = Date.parse("2025-03-01T10:00:00Z");
const at = (minutes: number) => new Date(T0 + minutes * 60_000);
const daysBefore = (minutes: number, days: number) => new Date(T0 + minutes * 60_000 - days * 86_400_000);

/** A fresh, empty, default-named account: the usual purchased follower. */
const bot = (n: number, minute: number, extra: Partial<BotSignalInput> = {}): FollowArrival => ({
  handleKey: `user90000${String(n).padStart(5, "0")}`,
  followedAt: at(minute),
  profile: { handle: `user90000${String(n).padStart(5, "0")}`, hasAvatar: false, videoCount: 0, accountCreatedAt: daysBefore(minute, 3), ...extra },
});
/** An established person: avatar, videos, years old, a chosen name. */
const person = (n: number, minute: number): FollowArrival => ({
  handleKey: `fan.number.${"abcdefghij"[n % 10]}${n}`,
  followedAt: at(minute),
  profile: { handle: `fan.number.${"abcdefghij"[n % 10]}${n}`, hasAvatar: true, videoCount: 40, accountCreatedAt: daysBefore(minute, 900) },
});
/** Known by handle and follow date only, as in a TikTok export. */
const bare = (handle: string, minute: number): FollowArrival => ({ handleKey: handle, followedAt: at(minute), profile: { handle } });
const range = (n: number, f: (i: number) => FollowArrival) => Array.from({ length: n }, (_, i) => f(i));
const sizes = (m: Map<string, { id: string; size: number }>) => {
  const byId = new Map<string, number>();
  for (const v of m.values()) byId.set(v.id, v.size);
  return Object.fromEntries(byId);
};

describe("findCoordinatedBatches", () => {
  it.each([
    { name: "8 look-alike bots in 21 minutes", arrivals: range(8, (i) => bot(i, i * 3)), expected: { "batch-2025-03-01T10:00:00.000Z-1": 8 } },
    { name: "4 are below the minimum size", arrivals: range(4, (i) => bot(i, i)), expected: {} },
    { name: "a viral spike of real-looking people is not a batch", arrivals: range(40, (i) => person(i, i / 4)), expected: {} },
    { name: "the same bots spread over days are a stream, not a burst", arrivals: range(240, (i) => bot(i, i * 12)), expected: {} },
    {
      name: "a burst inside a steady stream of the same kind",
      arrivals: [...range(48, (i) => bot(i, i * 60 - 3000)), ...range(20, (i) => bot(100 + i, 30 + i))],
      expected: { "batch-2025-03-01T10:30:00.000Z-1": 20 },
    },
    {
      name: "two bursts hours apart are two batches",
      arrivals: [...range(6, (i) => bot(i, i * 10)), ...range(6, (i) => bot(10 + i, 180 + i))],
      expected: { "batch-2025-03-01T10:00:00.000Z-1": 6, "batch-2025-03-01T13:00:00.000Z-1": 6 },
    },
    {
      name: "repeated bursts over two days do not raise their own baseline",
      arrivals: [...range(6, (i) => bot(i, i)), ...range(6, (i) => bot(10 + i, 1440 + i)), ...range(6, (i) => bot(20 + i, 2880 + i))],
      expected: { "batch-2025-03-01T10:00:00.000Z-1": 6, "batch-2025-03-02T10:00:00.000Z-1": 6, "batch-2025-03-03T10:00:00.000Z-1": 6 },
    },
    {
      name: "two kinds starting at the same instant get ordinal ids",
      arrivals: [...range(5, (i) => bot(i, i)), ...range(5, (i) => ({ ...bot(50 + i, i), handleKey: `x${i}`, profile: { ...bot(50 + i, i).profile, handle: `kz${i}qw${i}pl${i}x` } }))],
      expected: { "batch-2025-03-01T10:00:00.000Z-1": 5, "batch-2025-03-01T10:00:00.000Z-2": 5 },
    },
    {
      name: "handles only: 8 auto-assigned names in 21 minutes",
      arrivals: [...range(8, (i) => bare(`user81000${i}2233`, i * 3)), ...range(30, (i) => bare(`fan.number.${i}`, 600 + i * 30))],
      expected: { "batch-2025-03-01T10:00:00.000Z-1": 8 },
    },
    {
      name: "handles only: auto-assigned names within a viral spike of chosen names are not a batch",
      arrivals: [...range(8, (i) => bare(`user81000${i}2233`, i * 3)), ...range(40, (i) => bare(`fan.number.${i}`, i / 2))],
      expected: {},
    },
    {
      name: "handles only: chosen names arriving together are not a batch",
      arrivals: range(12, (i) => bare(`fan.number.${"abcdefghij"[i % 10]}`, i)),
      expected: {},
    },
    {
      name: "a re-follow counts the account once",
      arrivals: [...range(4, (i) => bot(i, i)), bot(0, 5), bot(1, 6)],
      expected: {},
    },
  ])("$name", ({ arrivals, expected }) => {
    expect(sizes(findCoordinatedBatches(arrivals))).toEqual(expected);
  });

  it("reports membership per handle with the batch's real span, independent of input order", () => {
    const arrivals = range(6, (i) => bot(i, i * 4)); // 0..20 minutes
    const forward = findCoordinatedBatches(arrivals);
    const backward = findCoordinatedBatches([...arrivals].reverse());
    expect([...forward.entries()].sort()).toEqual([...backward.entries()].sort());
    expect(forward.get("user9000000003")).toEqual({ id: "batch-2025-03-01T10:00:00.000Z-1", size: 6, windowMinutes: 20 });
    expect(forward.has("someone-else")).toBe(false);
  });

  it("honours windowMinutes and minSize", () => {
    const arrivals = range(6, (i) => bot(i, i * 10)); // spread over 50 minutes
    expect(findCoordinatedBatches(arrivals, { windowMinutes: 20 }).size).toBe(0);
    expect(findCoordinatedBatches(arrivals, { windowMinutes: 20, minSize: 3 }).size).toBe(6);
    expect(() => findCoordinatedBatches(arrivals, { windowMinutes: 0 })).toThrow(RangeError);
    expect(() => findCoordinatedBatches(arrivals, { minSize: 1 })).toThrow(RangeError);
  });
});

describe("lookAlikeKey", () => {
  it.each([
    { name: "default-named fresh empty account", arrival: bot(1, 0), key: "young/no-avatar/no-videos/default" },
    { name: "established person has no bot traits", arrival: person(1, 0), key: null },
    { name: "one trait is not enough", arrival: { ...person(1, 0), profile: { ...person(1, 0).profile, hasAvatar: false } }, key: null },
    { name: "unknowns stay unknown", arrival: { handleKey: "a", followedAt: at(0), profile: { handle: "xkqzvbnm", hasAvatar: false } }, key: "?/no-avatar/?/random" },
    { name: "a handle alone: the generated name is its kind", arrival: bare("user8273645510", 0), key: "name-only/default" },
    { name: "a handle alone with a chosen name", arrival: bare("lena.k", 0), key: null },
    { name: "a known ordinary following count is more than a name", arrival: { ...bare("user8273645510", 0), profile: { handle: "user8273645510", followingCount: 80 } }, key: null },
    { name: "age is judged at follow time", arrival: bot(1, 0, { accountCreatedAt: daysBefore(0, 45) }), key: "older/no-avatar/no-videos/default" },
  ])("$name", ({ arrival, key }) => {
    expect(lookAlikeKey(arrival)).toBe(key);
  });
});

describe("handleClass", () => {
  it.each([
    { handle: "user8372619283", cls: "default" },
    { handle: "xkqzvbnm", cls: "random" },
    { handle: "emma_k7382910", cls: "digits" },
    { handle: "emma_k_29", cls: "a9" },
    { handle: "jessica.miller", cls: "a" },
    { handle: "2cool4u", cls: "9a9a" },
  ])("$handle -> $cls", ({ handle, cls }) => {
    expect(handleClass(handle)).toBe(cls);
  });
});
