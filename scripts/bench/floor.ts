import type { PreparedSnapshot } from "../../lib/domain/prepare-snapshot";
import { stageColumns } from "../../lib/domain/stage-rows";
import type { PrismaClient } from "../../lib/server/generated/prisma/client";
import { writeInBatches } from "../../lib/server/snapshots/stage-snapshot";

/**
 * The floor: the very rows the pipeline stages, in the same batches and through the same writer (which builds a batch
 * while the server writes the one before), into a table with no index, key or diff.
 */
export async function measureFloor(prisma: PrismaClient, snap: PreparedSnapshot): Promise<number> {
  await prisma.$executeRaw`DROP TABLE IF EXISTS bench_floor`;
  await prisma.$executeRaw`CREATE TABLE bench_floor (handle_key text, handle text, follower_since timestamptz(3), following_since timestamptz(3))`;
  const t0 = performance.now();
  const columns = stageColumns(snap);
  await prisma.$transaction(
    async (tx) => {
      await writeInBatches(columns, (rows) => tx.$executeRaw`INSERT INTO bench_floor ${rows}`);
    },
    { timeout: 30 * 60_000 },
  );
  const seconds = (performance.now() - t0) / 1000;
  await prisma.$executeRaw`DROP TABLE bench_floor`;
  return seconds;
}
