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

/** Copies the snapshot (one row per handle) into a transaction-local table; the rest is set-based SQL on the server. */
export async function stageSnapshot(tx: Tx, columns: StageColumns, onRows?: (rows: number) => void) {
  await tx.$executeRaw`
    CREATE TEMP TABLE snapshot_stage (
      handle_key text COLLATE "C" NOT NULL, handle text NOT NULL, follower_since timestamptz(3), following_since timestamptz(3)
    ) ON COMMIT DROP`;
  for (let start = 0; start < columns.keys.length; start += STAGE_BATCH) {
    await tx.$executeRaw`INSERT INTO snapshot_stage ${stageRowsSql(sliceColumns(columns, start, start + STAGE_BATCH))}`;
    onRows?.(Math.min(start + STAGE_BATCH, columns.keys.length));
  }
  // Temp tables have no statistics: without them the planner guesses nested loops for the diff join.
  await tx.$executeRaw`ANALYZE snapshot_stage`;
}
