import { nextCut } from "@/lib/domain/bots/arrival-slices";
import { findCoordinatedBatches, type FollowArrival } from "@/lib/domain/bots/find-batches";
import { scoreAccount } from "@/lib/domain/bots/score-account";
import { createSummaryTally } from "@/lib/domain/bots/summary-tally";
import { BOT_SCORE_VERSION, type BatchMembership, type BotScore } from "@/lib/domain/bots/types";
import type { PrismaClient } from "../generated/prisma/client";
import { readFollowersByArrival, readFollowingOnly, type ScoringRow } from "./read-scoring-rows";
import { updateAudienceQuality } from "./update-audience-quality";
import { openScoreWriter, type ScoreWriter } from "./write-bot-scores";

// Arrivals are grouped into batches within a window; cutting the stream only at a quiet gap longer than any
// batch window keeps every batch whole while holding a bounded slice of followers in memory.
const QUIET_GAP_MS = 6 * 3_600_000;
const FLUSH_AT = 20_000;
// A big account may never be quiet for six hours (a follower every few minutes, day and night): past this many
// held followers the slice is cut at its longest gap instead, so memory stays bounded (a batch window is an hour).
const MAX_PENDING = 100_000;

type Progress = (phase: string, done: number, total: number) => Promise<void> | void;

/**
 * Scores every account connected to a tracked account (followers with their arrival batches and follow/unfollow
 * cycles, then accounts it follows), replaces its scores and their summary at once, and refreshes the
 * audience-quality trend.
 */
export async function scoreTrackedAccount(prisma: PrismaClient, trackedAccountId: number, progress: Progress = () => {}, now = new Date()) {
  const writer = await openScoreWriter(trackedAccountId, now);
  try {
    const scored = await scoreInto(writer, prisma, trackedAccountId, progress, now);
    await updateAudienceQuality(prisma, trackedAccountId);
    return { scored, version: BOT_SCORE_VERSION };
  } catch (error) {
    await writer.abort();
    throw error;
  }
}

async function scoreInto(writer: ScoreWriter, prisma: PrismaClient, trackedAccountId: number, progress: Progress, now: Date) {
  const account = await prisma.trackedAccount.findUniqueOrThrow({ where: { id: trackedAccountId }, select: { platform: true } });
  const tally = createSummaryTally();
  const total = await prisma.relationship.count({
    where: { trackedAccountId, OR: [{ followerSince: { not: null } }, { followingSince: { not: null } }] },
  });
  const cycles = await followCycles(prisma, trackedAccountId);
  let done = 0;
  // Followers come with their arrival batches. batches null: accounts only followed, with no follow date of theirs,
  // so their timing was not checked (not "checked, no batch").
  const score = async (rows: ScoringRow[], batches: Map<string, BatchMembership> | null) => {
    const scored: [string, BotScore][] = rows.map((r) => {
      const result = scoreAccount({ ...r.input, batch: batches ? (batches.get(r.handleKey) ?? null) : undefined, followCycles: cycles.get(r.handleKey) ?? 0 }, now);
      tally.add(result, batches !== null);
      return [r.handleKey, result];
    });
    await writer.write(scored);
    done += rows.length;
    await progress("scoring", done, total);
  };

  await progress("scoring", 0, total);
  let pending: ScoringRow[] = [];
  const flush = async (upTo: number) => {
    const slice = pending.slice(0, upTo);
    pending = pending.slice(upTo);
    const arrivals: FollowArrival[] = slice.map((r) => ({ handleKey: r.handleKey, followedAt: r.followerSince!, profile: r.input }));
    await score(slice, findCoordinatedBatches(arrivals));
  };
  // Arrivals already searched for a quiet gap: each chunk is searched once, not the whole held slice again.
  let searched = 0;
  for await (const chunk of readFollowersByArrival(prisma, trackedAccountId, account.platform)) {
    pending.push(...chunk);
    if (pending.length < FLUSH_AT) continue;
    const cut = nextCut(pending.length, (i) => pending[i]!.followerSince!.getTime(), searched, { quietGapMs: QUIET_GAP_MS, maxPending: MAX_PENDING });
    if (cut > 0) await flush(cut);
    searched = pending.length;
  }
  if (pending.length) await flush(pending.length);
  for await (const chunk of readFollowingOnly(prisma, trackedAccountId, account.platform)) await score(chunk, null);

  await progress("saving", done, total);
  await writer.commit(tally.result());
  await progress("audience quality", done, total);
  return done;
}


async function followCycles(prisma: PrismaClient, trackedAccountId: number) {
  const rows = await prisma.$queryRaw<{ handle_key: string; n: number }[]>`
    SELECT handle_key, count(*)::int AS n FROM follow_intervals
    WHERE tracked_account_id = ${trackedAccountId} AND direction = 1 GROUP BY handle_key`;
  return new Map(rows.map((r) => [r.handle_key, r.n]));
}
