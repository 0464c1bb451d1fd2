import { parseArgs } from "node:util";
import { z } from "zod";
import { csvHeader, csvLine, jsonLine } from "../../lib/domain/relationship-csv";
import { parseRelationshipQuery } from "../../lib/domain/relationship-query";
import { relationshipKinds, type RelationshipKind } from "../../lib/domain/types";
import { operatorScope } from "../../lib/server/access/account-scope";
import { streamRelationships } from "../../lib/server/queries/stream-relationships";

const argsSchema = z.object({
  account: z.string({ error: "--account HANDLE is required" }).min(1),
  kind: z.enum(relationshipKinds as [RelationshipKind, ...RelationshipKind[]], { error: `--kind must be one of ${relationshipKinds.join(", ")}` }),
  format: z.enum(["csv", "jsonl"], { error: "--format must be csv or jsonl" }).default("csv"),
  owner: z.string().optional(),
});

/** Prints a whole relationship list, the same rows as the dashboard's CSV download. */
export async function relationshipsCommand(args: string[]) {
  const { values } = parseArgs({
    args,
    options: { account: { type: "string" }, kind: { type: "string" }, format: { type: "string" }, owner: { type: "string" } },
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join("; "));
  const { account, kind, format, owner } = parsed.data;
  const scope = await operatorScope(account, owner);
  if (format === "csv") process.stdout.write(csvHeader(kind));
  const line = format === "csv" ? csvLine(kind) : jsonLine(kind);
  for await (const rows of streamRelationships(scope, { ...parseRelationshipQuery({ sort: "handle" }), kind })) {
    const text = rows.map(line).join("");
    if (!process.stdout.write(text)) await new Promise((resolve) => process.stdout.once("drain", resolve));
  }
}
