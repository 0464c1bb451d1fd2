import { beforeAll, describe, expect, it } from "vitest";
import { collectDemoStats, median, type DemoStats } from "./demo-stats";
import { defaultDemoOptions, generateDemoSnapshots, planDemo, type DemoOptions } from "./generate-demo";

const DAY = 86_400_000;
const endDate = new Date(Date.UTC(2025, 5, 1, 9, 30, 0));

const configs: { name: string; opts: DemoOptions }[] = [
  { name: "default size", opts: defaultDemoOptions(endDate) },
  { name: "mid account", opts: { seed: 11, followers: 5_000, following: 3_000, days: 60, endDate } },
  { name: "small account", opts: { seed: 5, followers: 500, following: 120, days: 30, endDate, trackedHandle: "@Tiny.Shop" } },
];

describe.each(configs)("demo history: $name", ({ opts }) => {
  let s: DemoStats;
  beforeAll(() => {
    s = collectDemoStats(opts);
  });
  const lastIndex = opts.days - 1;

  it("yields one daily demo snapshot per day, same time of day, ending at endDate", () => {
    expect(s.takenAt).toHaveLength(opts.days);
    expect(s.takenAt.at(-1)).toBe(opts.endDate.getTime());
    for (let i = 1; i < s.takenAt.length; i++) expect((s.takenAt[i] ?? 0) - (s.takenAt[i - 1] ?? 0)).toBe(DAY);
    expect(new Set(s.sources)).toEqual(new Set(["demo"]));
  });

  it.each(["lists", "dates", "handles", "profiles"] as const)("has no %s problems", (topic) => {
    expect(s.problems[topic]).toEqual([]);
  });

  it.each([
    ["followers", () => s.followerCounts, opts.followers],
    ["following", () => s.followingCounts, opts.following],
  ] as const)("ends with %s within a tenth of the target", (_name, counts, target) => {
    const end = counts().at(-1) ?? 0;
    expect(end).toBeGreaterThanOrEqual(target * 0.9);
    expect(end).toBeLessThanOrEqual(target * 1.1);
  });

  it("starts with an existing base whose follow dates reach back about two years, growth accelerating", () => {
    const t0 = s.takenAt[0] ?? 0;
    const dates = (s.first.followers ?? []).map((e) => e.since?.getTime() ?? NaN);
    expect(dates.every((d) => d < t0)).toBe(true);
    expect(t0 - Math.min(...dates)).toBeGreaterThan(540 * DAY);
    expect(t0 - Math.min(...dates)).toBeLessThan(820 * DAY);
    const lastYear = dates.filter((d) => d > t0 - 365 * DAY).length;
    expect(lastYear).toBeGreaterThan(dates.length - lastYear);
    // most of the final audience followed before the first snapshot
    const endDates = (s.last.followers ?? []).map((e) => e.since?.getTime() ?? NaN);
    expect(endDates.filter((d) => d < t0).length / endDates.length).toBeGreaterThan(0.55);
  });

  it("has a viral day whose gain dwarfs the median daily gain", () => {
    const gain = s.gains[s.script.viralDay] ?? 0;
    expect(gain).toBeGreaterThanOrEqual(10 * Math.max(1, median(s.gains.slice(1))));
  });

  it("has a mass-unfollow day whose loss is several times the median daily loss", () => {
    const loss = s.losses[s.script.massUnfollowDay] ?? 0;
    expect(loss).toBeGreaterThanOrEqual(5 * Math.max(1, median(s.losses.slice(1))));
  });

  it("keeps the planted events on distinct days inside the window", () => {
    const days = [s.script.viralDay, s.script.botBurstDay, s.script.massUnfollowDay];
    expect(new Set(days).size).toBe(3);
    for (const d of days) expect(d >= 1 && d <= lastIndex).toBe(true);
  });

  it("brings the bot burst in on botBurstDay, and some bots drop later", () => {
    const { botHandles, botBurstDay } = s.script;
    expect(botHandles.length).toBeGreaterThanOrEqual(10);
    const runs = botHandles.map((h) => s.plantedRuns.get(h.toLowerCase()) ?? []);
    expect(runs.every((r) => r.length === 1 && r[0]?.first === botBurstDay)).toBe(true);
    // they come in together, within a few hours
    const since = runs.map((r) => r[0]?.since ?? NaN);
    expect(Math.max(...since) - Math.min(...since)).toBeLessThanOrEqual(4 * 3_600_000);
    const dropped = runs.filter((r) => (r[0]?.last ?? lastIndex) < lastIndex).length / runs.length;
    expect(dropped).toBeGreaterThan(0.15);
    expect(dropped).toBeLessThan(0.5);
  });

  it("has follow-for-follow churners that leave within a few days, some coming back", () => {
    const runs = s.script.churnerHandles.map((h) => s.plantedRuns.get(h.toLowerCase()) ?? []);
    expect(runs.length).toBeGreaterThan(0);
    for (const r of runs) {
      expect(r.length).toBeGreaterThanOrEqual(1);
      for (const run of r) {
        expect(run.last).toBeLessThan(lastIndex);
        expect(run.last - run.first + 1).toBeLessThanOrEqual(5);
      }
    }
    expect(runs.filter((r) => r.length >= 2).length / runs.length).toBeGreaterThan(0.2);
  });

  it("follows accounts of whom about half follow back, adding and removing some over time", () => {
    const followers = new Set((s.last.followers ?? []).map((e) => e.handle.toLowerCase()));
    const following = s.last.following ?? [];
    const mutual = following.filter((e) => followers.has(e.handle.toLowerCase())).length / following.length;
    expect(mutual).toBeGreaterThanOrEqual(0.4);
    expect(mutual).toBeLessThanOrEqual(0.6);
    expect(s.followingGains.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(s.followingLosses.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });

  it("never follows bots back", () => {
    const following = new Set((s.last.following ?? []).map((e) => e.handle.toLowerCase()));
    expect(s.script.botHandles.filter((h) => following.has(h.toLowerCase()))).toEqual([]);
  });
});

describe("determinism", () => {
  const small: DemoOptions = { seed: 3, followers: 400, following: 80, days: 20, endDate };
  const all = (o: DemoOptions) => [...generateDemoSnapshots(o)];

  it.each([
    ["plan", (o: DemoOptions) => planDemo(o)],
    ["snapshots", all],
  ] as const)("same seed gives identical %s", (_name, make) => {
    expect(make(small)).toEqual(make({ ...small, endDate: new Date(endDate.getTime()) }));
  });

  it("a different seed gives a different history", () => {
    const a = all(small).at(-1);
    const b = all({ ...small, seed: 4 }).at(-1);
    expect(a?.followers?.map((e) => e.handle)).not.toEqual(b?.followers?.map((e) => e.handle));
    expect(planDemo(small)).not.toEqual(planDemo({ ...small, seed: 4 }));
  });
});

describe("generateDemoSnapshots", () => {
  it("streams the default size in well under 3 s", () => {
    const start = performance.now();
    let entries = 0;
    let snapshots = 0;
    for (const snap of generateDemoSnapshots(defaultDemoOptions(endDate))) {
      entries += (snap.followers?.length ?? 0) + (snap.following?.length ?? 0);
      snapshots++;
    }
    const ms = performance.now() - start;
    expect(snapshots).toBe(120);
    expect(entries).toBeGreaterThan(120 * 20_000);
    expect(ms).toBeLessThan(3_000);
  });

  it.each([
    ["too few days", { days: 7 }],
    ["fractional days", { days: 30.5 }],
    ["too few followers", { followers: 20 }],
    ["negative following", { following: -1 }],
    ["invalid end date", { endDate: new Date(Number.NaN) }],
    ["empty tracked handle", { trackedHandle: " @ " }],
  ] as const)("rejects %s", (_name, patch) => {
    const opts = { ...defaultDemoOptions(endDate), ...patch };
    expect(() => planDemo(opts)).toThrow(RangeError);
    expect(() => generateDemoSnapshots(opts).next()).toThrow(RangeError);
  });
});
