import { defaultDemoOptions, type DemoOptions } from "@/lib/domain/demo/generate-demo";
import { hashPassword } from "../auth/password";
import type { PrismaClient } from "../generated/prisma/client";
import { detectAnomaliesForAccount } from "../anomalies/detect-anomalies-for-account";
import { scoreTrackedAccount } from "../bots/score-tracked-account";
import { DEMO_ADMIN, DEMO_CREATOR } from "./demo-credentials";
import { seedDemoIncident } from "./seed-demo-incident";
import { seedDemoHistory } from "./seed-demo-history";
import { seedDemoIntents } from "./seed-demo-intents";

type Log = (line: string) => void;

/** The embedded demo: a creator with two tracked handles of history, and an admin. */
export async function seedDemo(prisma: PrismaClient, now = new Date(), log: Log = () => {}) {
  const creator = await prisma.user.create({
    data: { email: DEMO_CREATOR.email, name: DEMO_CREATOR.name, passwordHash: await hashPassword(DEMO_CREATOR.password) },
  });
  await prisma.user.create({
    data: { email: DEMO_ADMIN.email, name: DEMO_ADMIN.name, role: "ADMIN", passwordHash: await hashPassword(DEMO_ADMIN.password) },
  });
  const main = defaultDemoOptions(now);
  const second: DemoOptions = { ...main, seed: main.seed + 1, followers: 1_800, following: 400, days: 45, trackedHandle: "demo.second" };
  for (const options of [main, second]) {
    const handle = options.trackedHandle ?? "demo.creator";
    const account = await prisma.trackedAccount.create({ data: { ownerId: creator.id, handle, handleKey: handle.toLowerCase() } });
    log(`Seeding @${handle}: ~${options.followers} followers over ${options.days} daily snapshots`);
    await seedDemoHistory(prisma, account.id, options, log);
    const { scored } = await scoreTrackedAccount(prisma, account.id);
    log(`  ${scored} accounts scored for bot-likeness`);
    await seedDemoIntents(prisma, account.id);
    const { account: found } = await detectAnomaliesForAccount(prisma, account.id);
    log(`  ${found.created.length} follow anomalies found`);
  }
  log("Seeding three more creators hit by the same platform glitch");
  const studios = await seedDemoIncident(prisma, now);
  for (const id of studios) await detectAnomaliesForAccount(prisma, id, () => {}, now);
}
