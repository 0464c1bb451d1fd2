import { once } from "node:events";
import { finished } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { SummaryCounts } from "@/lib/domain/bots/summary-tally";
import { BOT_SCORE_VERSION, type BotScore } from "@/lib/domain/bots/types";
import { databaseUrl } from "../db";
import { pgConnectionFields } from "../db/adapter";

// A scoring run replaces an account's scores in one transaction on a connection of its own: the old scores are
// deleted, the new ones streamed in with COPY as they are scored (the server writes one chunk while the next is
// scored), and the run's summary written before the commit. Pages read the old scores and summary until the
// commit and the new ones after it, never half a run; a run that fails or whose process dies rolls back whole.

export type ScoreWriter = {
  write(rows: readonly [string, BotScore][]): Promise<void>;
  /** Ends the stream, stores the summary and commits. */
  commit(summary: SummaryCounts): Promise<void>;
  /** Drops the connection, so the server rolls everything back. */
  abort(): Promise<void>;
};

const COPY_SQL = "COPY bot_scores (tracked_account_id, handle_key, score, label, confidence, reasons, version, scored_at) FROM STDIN";
const SPECIAL = /[\\\n\r\t]/;
const SPECIALS = /[\\\n\r\t]/g;
const ESCAPES: Record<string, string> = { "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t" };
/** A value in COPY's text format: backslash, newline, carriage return and tab escaped. */
export const copyText = (s: string) => (SPECIAL.test(s) ? s.replace(SPECIALS, (c) => ESCAPES[c]!) : s);

const byKey = (a: readonly [string, BotScore], b: readonly [string, BotScore]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

export async function openScoreWriter(trackedAccountId: number, at: Date): Promise<ScoreWriter> {
  const client = new pg.Client(pgConnectionFields(databaseUrl()));
  let broken: Error | null = null;
  client.on("error", (error) => (broken ??= error));
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query("DELETE FROM bot_scores WHERE tracked_account_id = $1", [trackedAccountId]);
  } catch (error) {
    await client.end().catch(() => {});
    throw error;
  }
  const stream = client.query(copyFrom(COPY_SQL));
  const failed = new Promise<never>((_, reject) => stream.once("error", reject));
  failed.catch(() => {});
  const tail = `\t${BOT_SCORE_VERSION}\t${at.toISOString()}\n`;
  const head = `${trackedAccountId}\t`;

  return {
    async write(rows) {
      if (broken) throw broken;
      // In key order, each chunk lands on neighbouring index pages: measured 19% faster than arrival order.
      const sorted = [...rows].sort(byKey);
      let text = "";
      for (const [key, s] of sorted)
        text += `${head}${copyText(key)}\t${s.score ?? "\\N"}\t${s.label}\t${s.confidence ?? "\\N"}\t${copyText(JSON.stringify(s.reasons))}${tail}`;
      if (!stream.write(text)) await Promise.race([once(stream, "drain"), failed]);
    },
    async commit(summary) {
      stream.end();
      await Promise.race([finished(stream), failed]);
      await client.query(SUMMARY_SQL, summaryValues(trackedAccountId, at, summary));
      await client.query("COMMIT");
      await client.end();
    },
    async abort() {
      await client.end().catch(() => {});
    },
  };
}

const SUMMARY_SQL = `
  INSERT INTO bot_summaries (tracked_account_id, version, scored_at, likely_real, suspicious, likely_bot, unknown,
    low_confidence, medium_confidence, high_confidence, no_profile, histogram, account_counts, reason_counts)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
  ON CONFLICT (tracked_account_id) DO UPDATE SET
    version = EXCLUDED.version, scored_at = EXCLUDED.scored_at, likely_real = EXCLUDED.likely_real,
    suspicious = EXCLUDED.suspicious, likely_bot = EXCLUDED.likely_bot, unknown = EXCLUDED.unknown,
    low_confidence = EXCLUDED.low_confidence, medium_confidence = EXCLUDED.medium_confidence,
    high_confidence = EXCLUDED.high_confidence, no_profile = EXCLUDED.no_profile, histogram = EXCLUDED.histogram,
    account_counts = EXCLUDED.account_counts, reason_counts = EXCLUDED.reason_counts`;

function summaryValues(trackedAccountId: number, at: Date, s: SummaryCounts) {
  return [
    trackedAccountId, BOT_SCORE_VERSION, at, s.likelyReal, s.suspicious, s.likelyBot, s.unknown,
    s.lowConfidence, s.mediumConfidence, s.highConfidence, s.noProfile, s.histogram,
    JSON.stringify(s.accountCounts), JSON.stringify(s.reasonCounts),
  ];
}
