import { parseArgs } from "node:util";
import { z } from "zod";
import { operatorScope } from "../../lib/server/access/account-scope";
import { detectAnomaliesForAccount } from "../../lib/server/anomalies/detect-anomalies-for-account";
import { findAccountAnomaliesForExport } from "../../lib/server/anomalies/find-account-anomalies-for-export";
import { db } from "../../lib/server/db";

const argsSchema = z.object({
  account: z.string({ error: "--account HANDLE is required" }).min(1),
  format: z.literal("jsonl", { error: "--format must be jsonl" }).default("jsonl"),
  owner: z.string().optional(),
  detect: z.boolean().default(false),
  withdrawn: z.boolean().default(false),
});

/**
 * Prints one JSON line per anomaly of a tracked account (kind, severity, status, window, accounts involved).
 * --detect runs the detectors first; --withdrawn includes anomalies the data no longer shows.
 */
export async function anomaliesCommand(args: string[]) {
  const { values } = parseArgs({
    args,
    options: { account: { type: "string" }, format: { type: "string" }, owner: { type: "string" }, detect: { type: "boolean" }, withdrawn: { type: "boolean" } },
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join("; "));
  const { account, owner, detect, withdrawn } = parsed.data;
  const scope = await operatorScope(account, owner);
  if (detect) await detectAnomaliesForAccount(db(), scope.trackedAccountId);
  for (const row of await findAccountAnomaliesForExport(scope, { withdrawn })) {
    process.stdout.write(`${JSON.stringify(row)}\n`);
  }
}
