import { Prisma } from "../generated/prisma/client";
import { sliceColumns, type StageColumns } from "@/lib/domain/stage-rows";

type Tx = Prisma.TransactionClient;

// 50k rows a round trip: measured as the sweet spot for unnest() inserts through Prisma raw SQL (STACK.md).
export const STAGE_BATCH = 50_000;

/**
 * The rows of one batch as a SELECT over unnest(): shared by the pipeline and the benchmark's floor. Each column
 * travels as one newline-joined text (handles never hold control characters: normalizeHandle strips them; an empty
 * date is NULL), split by the server: a native join per column instead of the driver building array literals
 * value by value, which cost the client most of a batch's time and left hundreds of MB of garbage at a million rows.
 */
export function stageRowsSql(c: StageColumns) {
  return Prisma.sql`
    SELECT k, h, to_timestamp(f::float8), to_timestamp(g::float8)
    FROM unnest(
      string_to_array(${c.keys.join("\n")}, E'\n'), string_to_array(${c.handles.join("\n")}, E'\n'),
      string_to_array(${c.followerSince.join("\n")}, E'\n', ''), string_to_array(${c.followingSince.join("\n")}, E'\n', '')
    ) AS u(k, h, f, g)`;
}

/**
 * Writes the rows batch by batch with `write` (an INSERT over the batch's SELECT), building each next batch's text
 * while the server writes the one before: the client's joins and the server's inserts overlap instead of taking
 * turns (they run on different cores).
 */
export async function writeInBatches(columns: StageColumns, write: (rows: Prisma.Sql) => PromiseLike<unknown>, onRows?: (rows: number) => void) {
  const total = columns.keys.length;
  let rows: Prisma.Sql | null = total > 0 ? stageRowsSql(sliceColumns(columns, 0, STAGE_BATCH)) : null;
  for (let start = 0; rows; start += STAGE_BATCH) {
    // A Prisma query starts when it is awaited or then'd; the handler keeps an early failure from going unhandled
    // while the next batch is built (it is rethrown by the await below).
    const written = Promise.resolve(write(rows).then(() => undefined));
    written.catch(() => {});
    // One turn of the event loop lets the client put the query on the wire before the synchronous build below.
    await new Promise((resolve) => setImmediate(resolve));
    const end = start + STAGE_BATCH;
    rows = end < total ? stageRowsSql(sliceColumns(columns, end, end + STAGE_BATCH)) : null;
    await written;
    onRows?.(Math.min(end, total));
  }
}

/** Copies the snapshot (one row per handle) into a transaction-local table; the rest is set-based SQL on the server. */
export async function stageSnapshot(tx: Tx, columns: StageColumns, onRows?: (rows: number) => void) {
  await tx.$executeRaw`
    CREATE TEMP TABLE snapshot_stage (
      handle_key text COLLATE "C" NOT NULL, handle text NOT NULL, follower_since timestamptz(3), following_since timestamptz(3)
    ) ON COMMIT DROP`;
  await writeInBatches(columns, (rows) => tx.$executeRaw`INSERT INTO snapshot_stage ${rows}`, onRows);
  // Temp tables have no statistics: without them the planner guesses nested loops for the diff join.
  await tx.$executeRaw`ANALYZE snapshot_stage`;
}
