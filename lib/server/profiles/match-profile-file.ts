import { matchProfiles, type ProfileReport } from "@/lib/domain/profiles/profile-report";
import type { ProfileRow } from "@/lib/domain/profiles/parse-profiles";
import type { ColumnChoices } from "@/lib/domain/profiles/resolve-mapping";
import type { PrismaClient, ProfileImport } from "../generated/prisma/client";
import { findConnections } from "./find-connections";
import { readProfileFile } from "./read-profile-file";

/** A profile import's file, parsed with the creator's column choices and checked against the account's lists. */
export async function matchProfileFile(prisma: PrismaClient, row: ProfileImport, onProgress?: (read: number, total: number) => void): Promise<{ write: ProfileRow[]; report: ProfileReport }> {
  if (!row.storagePath) throw new Error("The uploaded file is no longer kept; upload it again");
  const parsed = await readProfileFile(row.storagePath, row.fileName, { choices: (row.mapping ?? {}) as ColumnChoices, onProgress });
  const account = await prisma.trackedAccount.findUniqueOrThrow({ where: { id: row.trackedAccountId }, select: { handleKey: true } });
  const connections = await findConnections(prisma, row.trackedAccountId, parsed.profiles.map((p) => p.key));
  return matchProfiles(parsed, connections, account.handleKey);
}
