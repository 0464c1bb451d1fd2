import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { finished } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { SummaryCounts } from "@/lib/domain/bots/summary-tally";
import { BOT_SCORE_VERSION, type BotScore } from "@/lib/domain/bots/types";
import { databaseUrl } from "../db";
import { pgConnectionFields } from "../db/adapter";
import { partitionsOf } from "./score-partitions";

// A scoring run replaces an account's scores in one transaction on a connection of its own. bot_scores is
// partitioned by tracked account: the run creates a fresh table, streams the new scores into it with COPY as they
// are scored (no index yet, rows written frozen), then builds its indexes in bulk and, holding the parent's lock for
// a moment only, swaps it in for the account's previous partition and writes the run's summary. Pages read the old
// scores and summary until the commit and the new ones after it, never half a run; a run that fails or whose
// process dies rolls back whole, its table with it.

export type ScoreWriter = {
  write(rows: readonly [string, BotScore][]): Promise<void>;
  /** Ends the stream, indexes the new scores, swaps them in, stores the summary and commits. */
  commit(summary: SummaryCounts): Promise<void>;
  /** Drops the connection, so the server rolls everything back. */
  abort(): Promise<void>;
};

const COLUMNS = "tracked_account_id, handle_key, score, label, confidence, reasons, version, scored_at";
const SPECIAL = /[\\\n\r\t]/;
const SPECIALS = /[\\\n\r\t]/g;
const ESCAPES: Record<string, string> = { "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t" };
/** A value in COPY's text format: backslash, newline, carriage return and tab escaped. */
export const copyText = (s: string) => (SPECIAL.test(s) ? s.replace(SPECIALS, (c) => ESCAPES[c]!) : s);

/** The parent's indexes (see the migration bot_scores_by_account), built on a run's table before it is attached. */
export const PRIMARY_KEY = "tracked_account_id, handle_key";
export const SECONDARY_INDEXES = [
  "tracked_account_id, score DESC NULLS LAST, handle_key",
  "tracked_account_id, label, score DESC NULLS LAST, handle_key",
  "tracked_account_id, confidence, score DESC NULLS LAST, handle_key",
];
const indexes = (table: string) => [
  `ALTER TABLE ${table} ADD PRIMARY KEY (${PRIMARY_KEY})`,
  ...SECONDARY_INDEXES.map((columns) => `CREATE INDEX ON ${table} (${columns})`),
];

export async function openScoreWriter(trackedAccountId: number, at: Date, url = databaseUrl()): Promise<ScoreWriter> {
  if (!Number.isSafeInteger(trackedAccountId) || trackedAccountId <= 0) throw new Error(`Not a tracked account id: ${trackedAccountId}`);
  const client = new pg.Client(pgConnectionFields(url));
  let broken: Error | null = null;
  client.on("error", (error) => (broken ??= error));
  await client.connect();
  // Unique among runs at the same moment; 63 characters at most (PostgreSQL's limit for names).
  const table = `bot_scores_${trackedAccountId}_${at.getTime().toString(36)}_${randomBytes(3).toString("hex")}`;
  try {
    await client.query("BEGIN");
    await client.query(`CREATE TABLE ${table} (LIKE bot_scores INCLUDING DEFAULTS)`);
  } catch (error) {
    await client.end().catch(() => {});
    throw error;
  }
  // FREEZE: the table was created in this transaction, so its rows can be written as already visible to all.
  const stream = client.query(copyFrom(`COPY ${table} (${COLUMNS}) FROM STDIN WITH (FREEZE)`));
  const failed = new Promise<never>((_, reject) => stream.once("error", reject));
  failed.catch(() => {});
  const tail = `\t${BOT_SCORE_VERSION}\t${at.toISOString()}\n`;
  const head = `${trackedAccountId}\t`;

  return {
    async write(rows) {
      if (broken) throw broken;
      let text = "";
      for (const [key, s] of rows)
        text += `${head}${copyText(key)}\t${s.score ?? "\\N"}\t${s.label}\t${s.confidence ?? "\\N"}\t${copyText(JSON.stringify(s.reasons))}${tail}`;
      if (!stream.write(text)) await Promise.race([once(stream, "drain"), failed]);
    },
    async commit(summary) {
      stream.end();
      await Promise.race([finished(stream), failed]);
      for (const statement of indexes(table)) await client.query(statement);
      // A constraint that proves every row belongs to the account lets the attach skip its check of the rows.
      await client.query(`ALTER TABLE ${table} ADD CHECK (tracked_account_id = ${trackedAccountId})`);
      await swapIn(client, table, trackedAccountId);
      await client.query(SUMMARY_SQL, summaryValues(trackedAccountId, at, summary));
      await client.query("COMMIT");
      await client.end();
    },
    async abort() {
      await client.end().catch(() => {});
    },
  };
}

/**
 * Replaces the account's partition by the run's table. The lock on bot_scores (held until the commit, a few
 * milliseconds) orders concurrent runs; reads started before it finish first, reads after it wait.
 */
async function swapIn(client: pg.Client, table: string, trackedAccountId: number) {
  await lockScores(client);
  for (const old of await partitionsOf((sql, values) => client.query(sql, values).then((r) => r.rows), [trackedAccountId])) await client.query(`DROP TABLE "${old}"`);
  // Rows from before partitioning (or written without a run) sit in the default partition, which must not hold
  // any of the account's rows once it has a partition of its own.
  await client.query("DELETE FROM bot_scores_default WHERE tracked_account_id = $1", [trackedAccountId]);
  await client.query(`ALTER TABLE bot_scores ATTACH PARTITION ${table} FOR VALUES IN (${trackedAccountId})`);
}

const LOCK_WAIT_MS = 1_000;
const LOCK_ATTEMPTS = 300;

/**
 * The swap's lock, asked for a second at a time: while a lock request waits (behind a long read), every new read of
 * bot_scores would queue behind it, so a request that does not get the lock soon is withdrawn and asked again
 * after a pause, keeping the run's work.
 */
async function lockScores(client: pg.Client) {
  await client.query("SAVEPOINT before_lock");
  for (let attempt = 1; ; attempt++) {
    try {
      await client.query(`SET LOCAL lock_timeout = ${LOCK_WAIT_MS}`);
      await client.query("LOCK TABLE bot_scores IN ACCESS EXCLUSIVE MODE");
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== "55P03" || attempt >= LOCK_ATTEMPTS) throw error;
      await client.query("ROLLBACK TO SAVEPOINT before_lock");
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
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
