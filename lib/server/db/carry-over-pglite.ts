import { existsSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { applyMigrations, migrateDatabase } from "./migrate";
import { compareSchemas, insertStatement, pageStatement, quoteIdent, readSerialColumns, readTables, type CarriedTable } from "./carry-over-sql";

// Carries the data of a previous version's embedded PGlite folder into a fresh PostgreSQL database, in one
// transaction: either every row lands, or none.

export type CarryOverProgress = {
  table: string;
  /** rows of this table copied so far */
  rows: number;
  /** 1-based position of the table among `tables` */
  tableIndex: number;
  tables: number;
  /** rows of this table in the PGlite folder */
  tableRows: number;
  /** rows copied so far over all tables, of totalRows */
  copiedRows: number;
  totalRows: number;
};

export type CarryOverOptions = { pgliteDir: string; databaseUrl: string; onProgress?: (p: CarryOverProgress) => void };
export type CarryOverResult = { tables: number; rows: number; seconds: number };

/** A refusal or a problem worth one line to the operator. */
export class CarryOverError extends Error {}

const MAX_BATCH_ROWS = 20_000;
/** JSON text per INSERT: big enough to amortise the round trip, small enough for a few big snapshot_contents rows. */
const BATCH_BYTES = 16 * 1024 * 1024;

export async function carryOverPglite(options: CarryOverOptions): Promise<CarryOverResult> {
  const started = performance.now();
  const dir = path.resolve(options.pgliteDir);
  // new PGlite(dir) would create an empty database in a missing folder: check it holds one first.
  if (!existsSync(path.join(dir, "PG_VERSION"))) throw new CarryOverError(`No PGlite data folder at ${dir}`);
  // A connection string (rather than adapter.ts's separate fields, needed only beside a shadow database) keeps sslmode
  // and the other URL parameters an external server may need.
  const connection = { connectionString: options.databaseUrl };
  const target = new pg.Client(connection);
  let pglite: PGlite | undefined;
  try {
    await target.connect();
    // Refused before the folder is even opened; checked again under lock inside the copy's transaction.
    await refuseIfUsers(target);
    pglite = await openPglite(dir);
    // The folder is never deleted or emptied. Its pending migrations are applied first (the only write to it) so that
    // both sides have the same tables and columns; after that it is read in a read-only transaction.
    await applyMigrations(new PrismaPGlite(pglite));
    // The caller normally migrated the target already; then this is a no-op.
    await migrateDatabase(options.databaseUrl);

    await target.query("BEGIN");
    const result = await copyAll(pglite, target, options.onProgress);
    await target.query("COMMIT");
    return { ...result, seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    await target.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await target.end().catch(() => {});
    if (pglite && !pglite.closed) await pglite.close();
  }
}

async function openPglite(dir: string): Promise<PGlite> {
  try {
    const pglite = new PGlite(dir);
    await pglite.waitReady;
    return pglite;
  } catch (error) {
    throw new CarryOverError(`Could not open the PGlite folder ${dir}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function refuseIfUsers(target: pg.Client) {
  const exists = await target.query<{ t: string | null }>("SELECT to_regclass('public.users')::text AS t");
  if (firstRow(exists.rows).t === null) return; // a database not migrated yet holds no users
  const { rows } = await target.query<{ n: number }>("SELECT count(*)::int AS n FROM public.users");
  const users = firstRow(rows).n;
  if (users > 0) {
    throw new CarryOverError(`The target database already has ${users} user(s): carry-over only fills a fresh database and never overwrites data (nothing was copied)`);
  }
}

async function copyAll(pglite: PGlite, target: pg.Client, onProgress: CarryOverOptions["onProgress"]) {
  // Skips the foreign-key triggers (tables land in any order) and the append-only trigger of anomaly_events.
  await target.query("SET LOCAL session_replication_role = replica").catch((error: Error) => {
    throw new CarryOverError(`The target database refused session_replication_role (carry-over needs a superuser): ${error.message}`);
  });
  await target.query("SET LOCAL lock_timeout = '10s'");
  await pglite.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SET LOCAL bytea_output = 'hex'; SET LOCAL extra_float_digits = 1");
  try {
    const tables = await readTables((sql, params) => target.query(sql, params).then((r) => r.rows));
    compareSchemas(await readTables((sql, params) => pglite.query(sql, params).then((r) => r.rows as never[])), tables);
    // Nobody else writes while the copy runs (readers may still read).
    await target.query(`LOCK TABLE ${tables.map((t) => quoteIdent(t.name)).join(", ")} IN EXCLUSIVE MODE`);
    await refuseUnlessEmpty(target, tables);

    const counts = await Promise.all(tables.map(async (t) => countRows(pglite, t.name)));
    const totalRows = counts.reduce((a, b) => a + b, 0);
    let copiedRows = 0;
    for (const [i, table] of tables.entries()) {
      const tableRows = counts[i] ?? 0;
      const report = (rows: number) =>
        onProgress?.({ table: table.name, rows, tableIndex: i + 1, tables: tables.length, tableRows, copiedRows, totalRows });
      const copied = await copyTable(pglite, target, table, (rows, batch) => {
        copiedRows += batch;
        report(rows);
      });
      if (copied === 0) report(0);
      if (copied !== tableRows) throw new CarryOverError(`${table.name}: copied ${copied} rows of ${tableRows}`);
    }
    await resetSequences(pglite, target);
    return { tables: tables.length, rows: copiedRows };
  } finally {
    await pglite.exec("COMMIT");
  }
}

async function refuseUnlessEmpty(target: pg.Client, tables: CarriedTable[]) {
  await refuseIfUsers(target);
  const filled: string[] = [];
  for (const t of tables) {
    const { rows } = await target.query<{ e: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${quoteIdent(t.name)}) AS e`);
    if (firstRow(rows).e) filled.push(t.name);
  }
  if (filled.length) {
    throw new CarryOverError(`The target database is not empty (${filled.join(", ")}): carry-over only fills a fresh database and never overwrites data (nothing was copied)`);
  }
}

function firstRow<T>(rows: T[]): T {
  const row = rows[0];
  if (row === undefined) throw new Error("carry-over: a query that returns one row returned none");
  return row;
}

async function countRows(pglite: PGlite, table: string): Promise<number> {
  const { rows } = await pglite.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${quoteIdent(table)}`);
  return firstRow(rows).n;
}

/**
 * Pages through the table in primary-key order (keyset); each page is one JSON text that PGlite builds and the target
 * parses. PGlite runs on this thread and the target in its own process, so the next page is read while the previous
 * one is inserted.
 */
async function copyTable(pglite: PGlite, target: pg.Client, table: CarriedTable, onBatch: (rows: number, batch: number) => void) {
  const insert = insertStatement(table);
  // Rows with bytea start one at a time (a snapshot's lists can be megabytes); the next page size follows the bytes seen.
  let limit = table.columns.some((c) => c.base === "bytea") ? 1 : 1000;
  let last: string[] | null = null;
  let read = 0;
  let copied = 0;
  let inserting: Promise<void> | null = null;
  const insertPage = async (json: string, n: number) => {
    const inserted = await target.query(insert, [json]);
    if (inserted.rowCount !== n) throw new CarryOverError(`${table.name}: a batch of ${n} rows inserted ${inserted.rowCount}`);
    copied += n;
    onBatch(copied, n);
  };
  try {
    for (;;) {
      const page = pageStatement(table, last !== null);
      const params: unknown[] = table.key.length ? [...(last ?? []), limit] : [limit, read];
      const { rows } = await pglite.query<{ rows: string | null; n: number; last: string[] | null }>(page, params);
      const { rows: json, n, last: nextLast } = firstRow(rows);
      if (n === 0 || json === null) break;
      await inserting;
      inserting = insertPage(json, n);
      read += n;
      last = nextLast;
      if (n < limit) break;
      const bytesPerRow = Math.max(1, json.length / n);
      limit = Math.max(1, Math.min(MAX_BATCH_ROWS, limit * 16, Math.floor(BATCH_BYTES / bytesPerRow)));
    }
    await inserting;
  } finally {
    // A failed read must not leave the last insert's failure unhandled.
    await inserting?.catch(() => {});
  }
  return copied;
}

/**
 * Sets every serial/identity sequence past the copied ids, and never below where PGlite's sequence stood: an id a
 * deleted row once had (security_events.user_id keeps it) is not handed out again.
 */
async function resetSequences(pglite: PGlite, target: pg.Client) {
  for (const { table, column, sequence } of await readSerialColumns(target)) {
    const { rows } = await pglite.query<{ v: string | null }>("SELECT pg_sequence_last_value(to_regclass($1))::text AS v", [sequence]);
    await target.query(
      `WITH m AS (SELECT greatest(coalesce(max(${quoteIdent(column)}), 0), coalesce($2::bigint, 0)) AS v FROM ${quoteIdent(table)})
       SELECT setval($1::regclass, greatest(v, 1), v > 0) FROM m`,
      [sequence, rows[0]?.v ?? null],
    );
  }
}
