import type { Prisma } from "../generated/prisma/client";
import type { PreparedEntry, PreparedSnapshot } from "@/lib/domain/prepare-snapshot";

type Tx = Prisma.TransactionClient;

// 50k rows a round trip: measured as the sweet spot for unnest() inserts through Prisma raw SQL (STACK.md).
const BATCH = 50_000;

/** Copies both lists into a transaction-local table; everything after this is set-based SQL on the server. */
export async function stageSnapshot(tx: Tx, snap: PreparedSnapshot, onRows?: (rows: number) => void) {
  await tx.$executeRaw`
    CREATE TEMP TABLE snapshot_stage (
      dir int2 NOT NULL, handle_key text COLLATE "C" NOT NULL, handle text NOT NULL, since timestamptz(3) NOT NULL
    ) ON COMMIT DROP`;
  let staged = 0;
  for (const [dir, list] of [[1, snap.followers], [2, snap.following]] as const) {
    for (let start = 0; list && start < list.length; start += BATCH) {
      const part = list.slice(start, start + BATCH);
      await insertBatch(tx, dir, part);
      staged += part.length;
      onRows?.(staged);
    }
  }
  // Temp tables have no statistics: without them the planner guesses nested loops for the diff joins.
  await tx.$executeRaw`ANALYZE snapshot_stage`;
}

async function insertBatch(tx: Tx, dir: 1 | 2, part: PreparedEntry[]) {
  const keys = part.map((e) => e.key);
  const handles = part.map((e) => e.handle);
  const since = part.map((e) => e.since.getTime() / 1000);
  await tx.$executeRaw`
    INSERT INTO snapshot_stage (dir, handle_key, handle, since)
    SELECT ${dir}::int2, k, h, to_timestamp(s)
    FROM unnest(${keys}::text[], ${handles}::text[], ${since}::float8[]) AS u(k, h, s)`;
}
