import { beforeAll, describe, expect, it } from "vitest";
import type { AccountProfileInput } from "../types";
import { collectDemoStats, type DemoStats } from "./demo-stats";
import { defaultDemoOptions } from "./generate-demo";
import { PROFILE_FIELDS } from "./profiles-gen";

const DAY = 86_400_000;

const share = <T>(xs: readonly T[], ok: (x: T) => boolean) => xs.filter(ok).length / Math.max(1, xs.length);
const digitRun = (h: string) => /\d{3,}/.test(h);

describe("demo profiles", () => {
  let s: DemoStats;
  let bots: AccountProfileInput[];
  let organic: AccountProfileInput[];
  beforeAll(() => {
    s = collectDemoStats(defaultDemoOptions(new Date(Date.UTC(2025, 0, 15, 18, 0, 0))));
    const planted = new Set([...s.script.botHandles, ...s.script.churnerHandles].map((h) => h.toLowerCase()));
    bots = s.script.botHandles.map((h) => s.profiles.get(h.toLowerCase())).filter((p) => p !== undefined);
    organic = [...s.profiles.values()].filter((p) => !planted.has(p.handle.toLowerCase()));
    // The whole demo history is generated here: seconds, longer on a busy machine.
  }, 60_000);

  it("gives every handle a profile with every field present", () => {
    expect(s.problems.profiles).toEqual([]);
    expect(bots).toHaveLength(s.script.botHandles.length);
    const incomplete = [...s.profiles.values()].filter((p) => PROFILE_FIELDS.some((f) => p[f] === undefined));
    expect(incomplete).toEqual([]);
  });

  it("gives snapshot 0 a profile for everyone in it", () => {
    const keys = new Set([...(s.first.followers ?? []), ...(s.first.following ?? [])].map((e) => e.handle.toLowerCase()));
    expect(new Set((s.first.profiles ?? []).map((p) => p.handle.toLowerCase()))).toEqual(keys);
  });

  it.each([
    ["have no videos", (p: AccountProfileInput) => p.videoCount === 0, 1],
    ["follow over 20x as many as follow them", (p: AccountProfileInput) => (p.followingCount ?? 0) > 20 * Math.max(1, p.followerCount ?? 0), 1],
    ["have no avatar", (p: AccountProfileInput) => p.hasAvatar === false, 0.8],
    ["have an empty bio", (p: AccountProfileInput) => p.bioLength === 0, 0.8],
    ["have digit-heavy or random handles", (p: AccountProfileInput) => digitRun(p.handle), 0.85],
  ] as const)("bots %s", (_what, test, atLeast) => {
    expect(share(bots, test)).toBeGreaterThanOrEqual(atLeast);
  });

  it("bots are young accounts", () => {
    const burst = s.takenAt[s.script.botBurstDay] ?? 0;
    for (const p of bots) {
      const created = p.accountCreatedAt?.getTime() ?? 0;
      expect(burst - created).toBeLessThan(45 * DAY);
    }
  });

  it.each([
    ["have an avatar", (p: AccountProfileInput) => p.hasAvatar === true, 0.8, 1],
    ["have digit-heavy handles", (p: AccountProfileInput) => digitRun(p.handle), 0, 0.25],
    ["follow far more than follow them", (p: AccountProfileInput) => (p.followingCount ?? 0) > 20 * Math.max(1, p.followerCount ?? 0), 0, 0.1],
    // holes exist (unknown is not zero) but stay rare; 0 videos means no last post, which is known, not missing
    ["miss some fields", (p: AccountProfileInput) => PROFILE_FIELDS.some((f) => p[f] === null && !(f === "lastPostAt" && p.videoCount === 0)), 0.01, 0.1],
    ["use upper-case letters", (p: AccountProfileInput) => p.handle !== p.handle.toLowerCase(), 0.01, 0.15],
  ] as const)("organic accounts mostly look real: share that %s", (_what, test, lo, hi) => {
    const x = share(organic, test);
    expect(x).toBeGreaterThanOrEqual(lo);
    expect(x).toBeLessThanOrEqual(hi);
  });

  it("churners look like follow-for-follow accounts: following thousands", () => {
    const churners = s.script.churnerHandles.map((h) => s.profiles.get(h.toLowerCase()));
    expect(share(churners, (p) => (p?.followingCount ?? 0) > 2_000)).toBeGreaterThan(0.7);
  });
});
