import type { PreparedSnapshot } from "../../lib/domain/prepare-snapshot";
import type { PrismaClient } from "../../lib/server/generated/prisma/client";

const BATCH = 50_000;

/** The floor: the same rows, the same batches, into a table with no index, no key and no diff. */
export async function measureFloor(prisma: PrismaClient, snap: PreparedSnapshot): Promise<number> {
  await prisma.$executeRaw`DROP TABLE IF EXISTS bench_floor`;
  await prisma.$executeRaw`CREATE TABLE bench_floor (dir int2, handle_key text, handle text, since timestamptz(3))`;
  const t0 = performance.now();
  await prisma.$transaction(
    async (tx) => {
      for (const [dir, list] of [[1, snap.followers], [2, snap.following]] as const) {
        for (let start = 0; list && start < list.length; start += BATCH) {
          const part = list.slice(start, start + BATCH);
          await tx.$executeRaw`
            INSERT INTO bench_floor SELECT ${dir}::int2, k, h, to_timestamp(s)
            FROM unnest(${part.map((e) => e.key)}::text[], ${part.map((e) => e.handle)}::text[], ${part.map((e) => e.since.getTime() / 1000)}::float8[]) AS u(k, h, s)`;
        }
      }
    },
    { timeout: 30 * 60_000 },
  );
  const seconds = (performance.now() - t0) / 1000;
  await prisma.$executeRaw`DROP TABLE bench_floor`;
  return seconds;
}
