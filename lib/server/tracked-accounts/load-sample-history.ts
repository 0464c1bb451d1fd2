import { defaultDemoOptions } from "@/lib/domain/demo/generate-demo";
import type { AccountScope } from "../access/account-scope";
import { db } from "../db";
import { detectAnomaliesForAccount } from "../anomalies/detect-anomalies-for-account";
import { scoreTrackedAccount } from "../bots/score-tracked-account";
import { seedDemoHistory } from "../demo/seed-demo-history";

export class AlreadyHasDataError extends Error {
  constructor() {
    super("This handle already has data; sample data only goes into an empty one.");
    this.name = "AlreadyHasDataError";
  }
}

/** Fills an empty tracked account with a small generated history (through the real pipeline) to explore with. */
export async function loadSampleHistory(scope: AccountScope) {
  if (await db().snapshot.count({ where: { trackedAccountId: scope.trackedAccountId } })) throw new AlreadyHasDataError();
  const options = { ...defaultDemoOptions(new Date()), seed: scope.trackedAccountId, followers: 2_000, following: 300, days: 30, trackedHandle: scope.handle };
  await seedDemoHistory(db(), scope.trackedAccountId, options);
  await scoreTrackedAccount(db(), scope.trackedAccountId);
  await detectAnomaliesForAccount(db(), scope.trackedAccountId);
}
