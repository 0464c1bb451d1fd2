import type { AccountScope } from "../access/account-scope";
import { createImport } from "../imports/create-import";
import { getImport } from "../imports/get-import";
import type { ImportView } from "../imports/import-view";
import type { ApiCaller } from "./authenticate-api-request";

export type SnapshotPushFormat = "json" | "ndjson" | "zip";

export type PushedSnapshot = { import: ImportView; duplicate: boolean };

/**
 * Streams a pushed snapshot into an import that applies itself once parsed (unless it looks partial: then it waits
 * for review in the dashboard). The file name carries the format, which the parsers read along with the content.
 */
export async function pushSnapshot(
  scope: AccountScope,
  caller: ApiCaller,
  input: { body: AsyncIterable<Uint8Array>; format: SnapshotPushFormat; takenAt?: Date },
): Promise<PushedSnapshot> {
  const created = await createImport(scope, {
    origin: "api",
    fileName: `api-push.${input.format}`,
    body: input.body,
    createdById: caller.viewer.userId,
    autoApply: true,
    ...(input.takenAt ? { takenAt: input.takenAt } : {}),
  });
  const view = await getImport(scope, created.importId);
  if (!view) throw new Error(`Import ${created.importId} vanished right after it was made`);
  return { import: view, duplicate: created.status === "duplicate" };
}
