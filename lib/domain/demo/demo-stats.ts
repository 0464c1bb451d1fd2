// Test helper: streams a demo once and records what the tests assert on, so the full history never sits in memory
// and each table row pays for one generation only.
import { handleKey } from "../handles";
import type { AccountProfileInput, SnapshotEntry, SnapshotInput } from "../types";
import { generateDemoSnapshots, planDemo, type DemoOptions, type DemoScript } from "./generate-demo";

/** One unbroken stretch in a list: snapshots first..last (inclusive), with the since it carried. */
export type Run = { first: number; last: number; since: number };

export type DemoStats = {
  script: DemoScript;
  takenAt: number[];
  followerCounts: number[];
  followingCounts: number[];
  /** per snapshot i (0 for i = 0): handles new since i-1, and handles gone since i-1 */
  gains: number[];
  losses: number[];
  followingGains: number[];
  followingLosses: number[];
  sources: string[];
  first: SnapshotInput;
  last: SnapshotInput;
  /** follower runs of the planted accounts (bots and churners) */
  plantedRuns: Map<string, Run[]>;
  profiles: Map<string, AccountProfileInput>;
  /** invariant violations seen while streaming, by topic; each list is capped */
  problems: Record<"lists" | "dates" | "handles" | "profiles", string[]>;
};

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

type ListState = { prev: Map<string, number>; lastSince: Map<string, number> };

export function collectDemoStats(opts: DemoOptions): DemoStats {
  const script = planDemo(opts);
  const planted = new Set([...script.botHandles, ...script.churnerHandles].map((h) => h.toLowerCase()));
  const trackedKey = handleKey(opts.trackedHandle ?? "demo.creator");
  const problems: DemoStats["problems"] = { lists: [], dates: [], handles: [], profiles: [] };
  const report = (topic: keyof DemoStats["problems"], msg: string) => {
    if (problems[topic].length < 20) problems[topic].push(msg);
  };
  const display = new Map<string, string>();
  const stats: Omit<DemoStats, "first" | "last"> = {
    script,
    takenAt: [],
    followerCounts: [],
    followingCounts: [],
    gains: [],
    losses: [],
    followingGains: [],
    followingLosses: [],
    sources: [],
    plantedRuns: new Map(),
    profiles: new Map(),
    problems,
  };
  const states = {
    followers: { prev: new Map(), lastSince: new Map() } as ListState,
    following: { prev: new Map(), lastSince: new Map() } as ListState,
  };
  let first: SnapshotInput | null = null;
  let last: SnapshotInput | null = null;

  let i = 0;
  for (const snap of generateDemoSnapshots(opts)) {
    const t = snap.takenAt.getTime();
    const prevT = stats.takenAt.at(-1);
    stats.takenAt.push(t);
    stats.sources.push(snap.source);
    /** handles first seen in this snapshot, with their earliest since (a profile must predate it) */
    const newKeys = new Map<string, number>();
    const walk = (name: "followers" | "following", list: SnapshotEntry[] | null): [number, number] => {
      if (!list) {
        report("lists", `${name} is null at ${i}`);
        return [0, 0];
      }
      const st = states[name];
      const cur = new Map<string, number>();
      let gained = 0;
      for (const e of list) {
        const key = handleKey(e.handle) ?? "";
        if (cur.has(key)) report("lists", `${name} repeats ${key} at ${i}`);
        if (key === trackedKey) report("handles", `tracked handle listed in ${name} at ${i}`);
        const shown = display.get(key);
        if (shown === undefined) display.set(key, e.handle);
        else if (shown !== e.handle) report("handles", `${shown} and ${e.handle} differ only by case`);
        const since = e.since?.getTime() ?? NaN;
        if (!stats.profiles.has(key)) newKeys.set(key, Math.min(since, newKeys.get(key) ?? Infinity));
        cur.set(key, since);
        if (!(since <= t) || since % 1000 !== 0) report("dates", `${name} ${key}: bad since at ${i}`);
        const before = st.prev.get(key);
        if (before !== undefined) {
          if (before !== since) report("dates", `${name} ${key}: since changed at ${i}`);
          continue;
        }
        gained++;
        // a follow that is new in this snapshot must have begun after the previous one was taken
        if (prevT !== undefined && !(since > prevT)) report("dates", `${name} ${key}: new at ${i} but since too early`);
        const old = st.lastSince.get(key);
        if (old !== undefined && !(since > old)) report("dates", `${name} ${key}: re-follow kept an old since`);
        if (name === "followers" && planted.has(key)) {
          const runs = stats.plantedRuns.get(key) ?? [];
          runs.push({ first: i, last: i, since });
          stats.plantedRuns.set(key, runs);
        }
      }
      let lost = 0;
      for (const key of st.prev.keys()) if (!cur.has(key)) lost++;
      if (name === "followers") {
        for (const key of cur.keys()) {
          const run = stats.plantedRuns.get(key)?.at(-1);
          if (run) run.last = i;
        }
      }
      for (const [key, since] of cur) st.lastSince.set(key, since);
      st.prev = cur;
      return [i === 0 ? 0 : gained, lost];
    };
    const [gained, lost] = walk("followers", snap.followers);
    const [fGained, fLost] = walk("following", snap.following);
    stats.gains.push(gained);
    stats.losses.push(lost);
    stats.followingGains.push(fGained);
    stats.followingLosses.push(fLost);
    stats.followerCounts.push(snap.followers?.length ?? 0);
    stats.followingCounts.push(snap.following?.length ?? 0);

    const profiled = new Set<string>();
    for (const p of snap.profiles ?? []) {
      const key = handleKey(p.handle) ?? "";
      if (stats.profiles.has(key) || profiled.has(key)) report("profiles", `${key} profiled twice`);
      else if (!newKeys.has(key)) report("profiles", `${key} profiled at ${i} but not first seen there`);
      const created = p.accountCreatedAt?.getTime();
      if (created !== undefined && !(created < (newKeys.get(key) ?? -Infinity))) report("profiles", `${key} created late`);
      if (p.lastPostAt && !(p.lastPostAt.getTime() <= t)) report("profiles", `${key} posted after being seen`);
      profiled.add(key);
      stats.profiles.set(key, p);
    }
    for (const key of newKeys.keys()) if (!profiled.has(key)) report("profiles", `${key} first seen at ${i} without profile`);

    first ??= snap;
    last = snap;
    i++;
  }
  if (!first || !last) throw new Error("demo yielded no snapshots");
  return { ...stats, first, last };
}
