// Builders shared by the detectors' tests (not used by the app).
import type { FollowIntent, SnapshotPoint } from "./types";

const DAY = 86_400_000;
/** Day 0 of every test history: 1 May 2026, 08:00 UTC. */
export const BASE = Date.parse("2026-05-01T08:00:00Z");

/** The time `days` after day 0 (fractions allowed). */
export const day = (days: number) => new Date(BASE + days * DAY);

export function snapshot(id: number, days: number, over: Partial<SnapshotPoint> = {}): SnapshotPoint {
  return {
    id, takenAt: day(days), hasFollowers: true, hasFollowing: true, followerCount: 1000, followingCount: 300,
    gainedFollowers: 0, lostFollowers: 0, gainedFollowing: 0, lostFollowing: 0, flaggedPartial: false, ...over,
  };
}

/**
 * Daily snapshots, one per value, ids 1… on days 0…: `field` takes the value (the first snapshot's changes are its
 * initial list, so they are set to 0 there whatever the value).
 */
export function dailySnapshots(values: number[], field: "lostFollowers" | "gainedFollowers", over: Partial<SnapshotPoint> = {}): SnapshotPoint[] {
  return values.map((v, i) => snapshot(i + 1, i, { ...over, [field]: i === 0 ? 0 : v }));
}

export function intent(id: number, handle: string, action: "follow" | "unfollow", atDay: number, checks: [number, number, boolean][] = [], over: Partial<FollowIntent> = {}): FollowIntent {
  return {
    id, handleKey: handle.toLowerCase(), handle, direction: 2, action, origin: "user", occurredAt: day(atDay),
    checks: checks.map(([snapshotId, takenDay, present]) => ({ snapshotId, takenAt: day(takenDay), present })), ...over,
  };
}
