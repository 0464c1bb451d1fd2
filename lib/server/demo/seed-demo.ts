import { defaultDemoOptions, type DemoOptions } from "@/lib/domain/demo/generate-demo";
import { hashPassword } from "../auth/password";
import type { PrismaClient } from "../generated/prisma/client";
import { detectAnomaliesForAccount } from "../anomalies/detect-anomalies-for-account";
import { scoreTrackedAccount } from "../bots/score-tracked-account";
import { DEMO_ADMIN, DEMO_CREATOR } from "./demo-credentials";
import { seedDemoFromExports } from "./seed-demo-from-exports";
import { seedDemoIncident } from "./seed-demo-incident";
import { seedDemoHistory } from "./seed-demo-history";
import { seedDemoIntents } from "./seed-demo-intents";

type Log = (line: string) => void;

/**
 * The embedded demo: a creator with two tracked handles and an admin. @demo.creator has a daily history with follower
 * profiles (what enrichment gives); @demo.second was imported from two TikTok data exports, handles and follow dates
 * only (what a real export gives).
 */
export async function seedDemo(prisma: PrismaClient, now = new Date(), log: Log = () => {}) {
  const creator = await prisma.user.create({
    data: { email: DEMO_CREATOR.email, name: DEMO_CREATOR.name, passwordHash: await hashPassword(DEMO_CREATOR.password) },
  });
  await prisma.user.create({
    data: { email: DEMO_ADMIN.email, name: DEMO_ADMIN.name, role: "ADMIN", passwordHash: await hashPassword(DEMO_ADMIN.password) },
  });
  const main = defaultDemoOptions(now);
  const second: DemoOptions = { ...main, seed: main.seed + 1, followers: 1_800, following: 400, days: 45, trackedHandle: "demo.second" };
  const account = await prisma.trackedAccount.create({ data: { ownerId: creator.id, handle: "demo.creator", handleKey: "demo.creator" } });
  log(`Seeding @demo.creator: ~${main.followers} followers over ${main.days} daily snapshots, with follower profiles`);
  await seedDemoHistory(prisma, account.id, main, log);
  const { scored } = await scoreTrackedAccount(prisma, account.id);
  log(`  ${scored} accounts scored for bot-likeness`);
  await seedDemoIntents(prisma, account.id);
  const { account: found } = await detectAnomaliesForAccount(prisma, account.id);
  log(`  ${found.created.length} follow anomalies found`);

  const secondHandle = second.trackedHandle!;
  await prisma.trackedAccount.create({ data: { ownerId: creator.id, handle: secondHandle, handleKey: secondHandle } });
  log(`Seeding @${secondHandle} from two TikTok data exports (handles and follow dates, no profiles)`);
  await seedDemoFromExports(prisma, creator, secondHandle, second, log);
  log("Seeding three more creators hit by the same platform glitch");
  const studios = await seedDemoIncident(prisma, now);
  for (const id of studios) await detectAnomaliesForAccount(prisma, id, () => {}, now);
}
