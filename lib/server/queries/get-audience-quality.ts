import { audienceConfidence, confidentShare, type ConfidenceCounts } from "@/lib/domain/bots/audience-confidence";
import type { BotConfidence } from "@/lib/domain/bots/types";
import type { AccountScope } from "../access/account-scope";
import { db } from "../db";

export type AudienceQuality = {
  realShare: number | null;
  counts: { likelyReal: number; suspicious: number; likelyBot: number; unknown: number };
  /** followers per score confidence, and those with no profile field at all (only a handle and a follow date) */
  confidence: ConfidenceCounts & { noProfile: number };
  /** share of scored followers scored with medium or high confidence, and what that makes of the figure above */
  confidentShare: number | null;
  level: BotConfidence | null;
  followers: number;
  histogram: number[];
  version: number;
  scoredAt: string;
  trend: { takenAt: string; quality: number }[];
};

/** The stored summary of the last scoring run and the per-snapshot trend; null before the first run. */
export async function getAudienceQuality(scope: AccountScope): Promise<AudienceQuality | null> {
  const tid = scope.trackedAccountId;
  const [summary, trend] = await Promise.all([
    db().botSummary.findUnique({ where: { trackedAccountId: tid } }),
    db().snapshot.findMany({
      where: { trackedAccountId: tid, audienceQuality: { not: null } },
      orderBy: { takenAt: "asc" },
      select: { takenAt: true, audienceQuality: true },
    }),
  ]);
  if (!summary) return null;
  const scored = summary.likelyReal + summary.suspicious + summary.likelyBot;
  const counts = { low: summary.lowConfidence, medium: summary.mediumConfidence, high: summary.highConfidence };
  const share = confidentShare(counts);
  return {
    realShare: scored ? summary.likelyReal / scored : null,
    counts: { likelyReal: summary.likelyReal, suspicious: summary.suspicious, likelyBot: summary.likelyBot, unknown: summary.unknown },
    confidence: { ...counts, noProfile: summary.noProfile },
    confidentShare: share,
    level: audienceConfidence(share),
    followers: scored + summary.unknown,
    histogram: summary.histogram,
    version: summary.version,
    scoredAt: summary.scoredAt.toISOString(),
    trend: trend.map((t) => ({ takenAt: t.takenAt.toISOString(), quality: t.audienceQuality! })),
  };
}
