import { generateDemoSnapshots, type DemoOptions } from "@/lib/domain/demo/generate-demo";
import type { PrismaClient } from "../generated/prisma/client";
import { applySnapshot } from "../snapshots/apply-snapshot";

type Log = (line: string) => void;

/** Adds a generated history to a tracked account through the same pipeline as a real import. */
export async function seedDemoHistory(prisma: PrismaClient, trackedAccountId: number, options: DemoOptions, log: Log = () => {}) {
  let n = 0;
  for (const snapshot of generateDemoSnapshots(options)) {
    await applySnapshot(prisma, trackedAccountId, snapshot);
    n += 1;
    if (n % 20 === 0 || n === options.days) log(`  ${n}/${options.days} snapshots applied`);
  }
}
