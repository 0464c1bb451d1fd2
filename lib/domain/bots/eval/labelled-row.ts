// A compact row format for hand-written evaluation cases, so each case fits on one line and reads like a table.
import type { BotSignalInput } from "../types";

/** Every case is scored at this instant, so ages and inactivity never drift as the calendar moves on. */
export const EVAL_NOW = new Date("2025-06-01T00:00:00Z");

export type LabelledAccount = { input: BotSignalInput; bot: boolean; note: string };

type N = number | null;
type B = boolean | null;
/** null = not known (the scorer must not guess it). */
export type Row = [
  handle: string,
  followers: N,
  following: N,
  videos: N,
  avatar: B,
  isPrivate: B,
  bio: N,
  ageDays: N,
  lastPostDaysAgo: N,
  note: string,
  behaviour?: { batchSize?: number; followCycles?: number },
];

const daysAgo = (d: N) => (d === null ? null : new Date(EVAL_NOW.getTime() - d * 86_400_000));

export function fromRow(bot: boolean, [handle, followerCount, followingCount, videoCount, hasAvatar, isPrivate, bioLength, age, last, note, extra]: Row): LabelledAccount {
  const input: BotSignalInput = {
    handle, followerCount, followingCount, videoCount, hasAvatar, isPrivate, bioLength,
    accountCreatedAt: daysAgo(age), lastPostAt: daysAgo(last),
  };
  if (extra?.batchSize) input.batch = { id: `eval-batch-${extra.batchSize}`, size: extra.batchSize, windowMinutes: 20 };
  if (extra?.followCycles !== undefined) input.followCycles = extra.followCycles;
  return { input, bot, note };
}
