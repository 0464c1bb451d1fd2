import { describe, expect, it } from "vitest";
import { prepareEntries, prepareSnapshot } from "./prepare-snapshot";
import type { SnapshotEntry, SnapshotInput } from "./types";

const T = new Date("2026-02-01T12:00:00Z");
const d = (iso: string) => new Date(iso);
const e = (handle: string, since: string | null): SnapshotEntry => ({ handle, since: since === null ? null : d(since) });
const rows = (entries: SnapshotEntry[]) =>
  prepareEntries(entries, T).map((r) => ({ key: r.key, handle: r.handle, since: r.since.toISOString() }));

describe("prepareEntries", () => {
  it.each([
    { name: "keeps one entry", input: [e("Alice", "2025-01-01T00:00:00Z")], out: [["alice", "Alice", "2025-01-01T00:00:00.000Z"]] },
    {
      name: "dedupes case-insensitively, earliest since wins with its spelling",
      input: [e("ALICE", "2025-03-01T00:00:00Z"), e("@alice", "2025-01-01T00:00:00Z"), e("Alice", "2025-02-01T00:00:00Z")],
      out: [["alice", "alice", "2025-01-01T00:00:00.000Z"]],
    },
    {
      name: "tie on since keeps the first spelling",
      input: [e("Bob", "2025-01-01T00:00:00Z"), e("BOB", "2025-01-01T00:00:00Z"), e("bob", "2025-01-01T00:00:00Z")],
      out: [["bob", "Bob", "2025-01-01T00:00:00.000Z"]],
    },
    { name: "null since becomes takenAt", input: [e("a", null)], out: [["a", "a", T.toISOString()]] },
    { name: "invalid date becomes takenAt", input: [{ handle: "a", since: new Date(Number.NaN) }], out: [["a", "a", T.toISOString()]] },
    { name: "future date is clamped to takenAt", input: [e("a", "2030-01-01T00:00:00Z")], out: [["a", "a", T.toISOString()]] },
    { name: "since equal to takenAt is kept", input: [e("a", T.toISOString())], out: [["a", "a", T.toISOString()]] },
    {
      name: "a known date beats a null duplicate",
      input: [e("a", null), e("A", "2025-05-05T00:00:00Z")],
      out: [["a", "A", "2025-05-05T00:00:00.000Z"]],
    },
    {
      name: "clamped future duplicate ties with takenAt: first spelling kept",
      input: [e("Zed", null), e("ZED", "2031-01-01T00:00:00Z")],
      out: [["zed", "Zed", T.toISOString()]],
    },
    { name: "invalid handles are dropped", input: [e("", null), e("  ", null), e("@@", null), e("\u200B", null), e("ok", null)], out: [["ok", "ok", T.toISOString()]] },
    {
      name: "output sorted by key, not by spelling or input order",
      input: [e("charlie", null), e("Bravo", null), e("alpha", null), e("ALPHA2", null)],
      out: [["alpha", "alpha", T.toISOString()], ["alpha2", "ALPHA2", T.toISOString()], ["bravo", "Bravo", T.toISOString()], ["charlie", "charlie", T.toISOString()]],
    },
    { name: "empty list", input: [], out: [] },
  ])("$name", ({ input, out }) => {
    expect(rows(input)).toEqual(out.map(([key, handle, since]) => ({ key, handle, since })));
  });
});

const base: SnapshotInput = {
  takenAt: T,
  source: "test",
  followers: [e("Alice", "2025-01-01T00:00:00Z"), e("bob", "2025-01-02T00:00:00Z")],
  following: [e("carol", "2025-01-03T00:00:00Z")],
};
const hash = (over: Partial<SnapshotInput>) => prepareSnapshot({ ...base, ...over }).contentHash;

describe("prepareSnapshot", () => {
  it.each([
    { followers: null, following: null },
    { followers: null, following: [e("x", null)] },
    { followers: [e("x", null)], following: null },
  ])("keeps a null list null: %o", (lists) => {
    const snap = prepareSnapshot({ ...base, ...lists });
    expect(snap.followers === null).toBe(lists.followers === null);
    expect(snap.following === null).toBe(lists.following === null);
  });

  it("keeps an empty list empty (no data ≠ empty list)", () => {
    const snap = prepareSnapshot({ ...base, followers: [], following: [] });
    expect(snap.followers).toEqual([]);
    expect(snap.following).toEqual([]);
  });

  it("passes takenAt, source and profiles through (profiles default to [])", () => {
    const snap = prepareSnapshot(base);
    expect([snap.takenAt, snap.source, snap.profiles]).toEqual([T, "test", []]);
    const profiles = [{ handle: "alice", followerCount: 3 }];
    expect(prepareSnapshot({ ...base, profiles }).profiles).toEqual(profiles);
  });

  it("gives following entries the follower list's spelling for the same key", () => {
    const snap = prepareSnapshot({ ...base, followers: [e("MixedCase", null)], following: [e("mixedcase", null), e("Other", null)] });
    expect(snap.following?.map((x) => x.handle)).toEqual(["MixedCase", "Other"]);
    expect(snap.followers?.map((x) => x.handle)).toEqual(["MixedCase"]);
  });

  it("hashes the same content in a different input order the same", () => {
    const shuffled = hash({ followers: [e("bob", "2025-01-02T00:00:00Z"), e("Alice", "2025-01-01T00:00:00Z")] });
    expect(shuffled).toBe(hash({}));
    expect(hash({})).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    { name: "takenAt", over: { takenAt: new Date(T.getTime() + 1) } },
    { name: "an extra follower", over: { followers: [...(base.followers ?? []), e("dave", null)] } },
    { name: "a missing follower", over: { followers: [e("Alice", "2025-01-01T00:00:00Z")] } },
    { name: "a renamed follower", over: { followers: [e("Alice", "2025-01-01T00:00:00Z"), e("bobby", "2025-01-02T00:00:00Z")] } },
    { name: "a follower date", over: { followers: [e("Alice", "2025-01-01T00:00:00.001Z"), e("bob", "2025-01-02T00:00:00Z")] } },
    { name: "a following date", over: { following: [e("carol", "2025-01-04T00:00:00Z")] } },
    { name: "an entry moved to the other list", over: { followers: [e("Alice", "2025-01-01T00:00:00Z")], following: [e("bob", "2025-01-02T00:00:00Z"), e("carol", "2025-01-03T00:00:00Z")] } },
    { name: "followers: null", over: { followers: null } },
    { name: "followers: []", over: { followers: [] } },
    { name: "following: null", over: { following: null } },
    { name: "following: []", over: { following: [] } },
  ])("changes the hash when $name changes", ({ over }) => {
    expect(hash(over)).not.toBe(hash({}));
  });

  it("distinguishes a missing list from an empty one", () => {
    expect(hash({ followers: null })).not.toBe(hash({ followers: [] }));
    expect(hash({ following: null })).not.toBe(hash({ following: [] }));
  });

  it("uses an explicit contentHash as given", () => {
    expect(prepareSnapshot(base, "given-hash").contentHash).toBe("given-hash");
    expect(prepareSnapshot(base, "").contentHash).toBe("");
  });

  // Control characters are stripped from handles, so no handle can forge the hash's tab/newline separators.
  it("does not collide when handles contain the hash's separators", () => {
    const a = hash({ followers: [e("a", "1970-01-01T00:00:00.001Z"), e("b\t2\nc", "1970-01-01T00:00:00.003Z")] });
    const b = hash({ followers: [e("a\t1\nb", "1970-01-01T00:00:00.002Z"), e("c", "1970-01-01T00:00:00.003Z")] });
    expect(a).not.toBe(b);
  });
});
