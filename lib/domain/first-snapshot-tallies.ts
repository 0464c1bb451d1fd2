import type { StageColumns } from "./stage-rows";

export type DailyGains = { days: string[]; followers: number[]; following: number[] };
export type FirstSnapshotTallies = { followers: number; following: number; mutual: number; gains: DailyGains };

const DAY_SECONDS = 86_400;

/**
 * What an account's first snapshot adds, counted from its staged rows: list sizes, mutuals, and the gains by the UTC
 * day each follow began (the daily rollup's first rows), so the database does not read back what it was just sent.
 */
export function firstSnapshotTallies(c: StageColumns): FirstSnapshotTallies {
  const byDay = new Map<number, [number, number]>();
  const add = (seconds: number, at: 0 | 1) => {
    const day = Math.floor(seconds / DAY_SECONDS);
    const tally = byDay.get(day) ?? [0, 0];
    tally[at]++;
    byDay.set(day, tally);
  };
  let followers = 0;
  let following = 0;
  let mutual = 0;
  for (let i = 0; i < c.keys.length; i++) {
    const f = c.followerSince[i] ?? null;
    const g = c.followingSince[i] ?? null;
    if (f !== null) (followers++, add(f, 0));
    if (g !== null) (following++, add(g, 1));
    if (f !== null && g !== null) mutual++;
  }
  const days = [...byDay.keys()].sort((a, b) => a - b);
  return {
    followers,
    following,
    mutual,
    gains: {
      days: days.map((d) => new Date(d * DAY_SECONDS * 1000).toISOString().slice(0, 10)),
      followers: days.map((d) => byDay.get(d)![0]),
      following: days.map((d) => byDay.get(d)![1]),
    },
  };
}
