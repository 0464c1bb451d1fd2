import { subDays, subHours } from "date-fns";
import { defaultDemoOptions } from "@/lib/domain/demo/generate-demo";
import type { SnapshotInput } from "@/lib/domain/types";
import { randomBytes } from "node:crypto";
import { hashPassword } from "../auth/password";
import type { PrismaClient } from "../generated/prisma/client";
import { applySnapshot } from "../snapshots/apply-snapshot";
import { seedDemoHistory } from "./seed-demo-history";

const STUDIOS = ["demo.studio1", "demo.studio2", "demo.studio3"];
const DROPPED = 4;

/**
 * Three more creators (who never sign in: random passwords) whose kept follows all vanish in the same hour, so the
 * admin's platform view has an incident to show. Returns their tracked account ids for the detectors.
 */
export async function seedDemoIncident(prisma: PrismaClient, now: Date): Promise<number[]> {
  const ids: number[] = [];
  // The studios' histories end a day ago; the drop is the latest snapshot of each, an hour ago.
  const dropAt = subHours(now, 1);
  for (const [i, handle] of STUDIOS.entries()) {
    const user = await prisma.user.create({
      data: { email: `studio${i + 1}@followlens.local`, name: `Studio ${i + 1}`, passwordHash: await hashPassword(randomBytes(24).toString("hex")) },
    });
    const account = await prisma.trackedAccount.create({ data: { ownerId: user.id, handle, handleKey: handle } });
    await seedDemoHistory(prisma, account.id, { ...defaultDemoOptions(subDays(now, 1)), seed: 100 + i, followers: 400, following: 120, days: 21, trackedHandle: handle });
    const rels = await prisma.relationship.findMany({
      where: { trackedAccountId: account.id, OR: [{ followerSince: { not: null } }, { followingSince: { not: null } }] },
      select: { handleKey: true, handle: true, followerSince: true, followingSince: true },
      orderBy: { handleKey: "asc" },
    });
    const following = rels.filter((r) => r.followingSince);
    const kept = following.slice(0, DROPPED);
    await prisma.accountListEntry.createMany({ data: kept.map((k) => ({ trackedAccountId: account.id, handleKey: k.handleKey, list: "keep", addedAt: subDays(now, 14) })) });
    const snapshot: SnapshotInput = {
      takenAt: dropAt,
      source: "demo",
      followers: rels.filter((r) => r.followerSince).map((r) => ({ handle: r.handle, since: r.followerSince })),
      following: following.slice(DROPPED).map((r) => ({ handle: r.handle, since: r.followingSince })),
    };
    await applySnapshot(prisma, account.id, snapshot);
    ids.push(account.id);
  }
  return ids;
}
