import type { ProfileReport } from "@/lib/domain/profiles/profile-report";
import type { ColumnChoices } from "@/lib/domain/profiles/resolve-mapping";
import type { AccountScope } from "../access/account-scope";
import { db } from "../db";

export type ProfileImportView = {
  id: number;
  fileName: string;
  fileSize: number;
  status: string;
  createdAt: string;
  report: ProfileReport | null;
  choices: ColumnChoices;
  error: string | null;
  written: number | null;
  /** the preview or apply job to follow while parsing or applying */
  jobId: number | null;
  rescoreJobId: number | null;
  rescoreActive: boolean;
};

/** One profile import of the scoped tracked account (another account's is "none"). */
export async function getProfileImport(scope: AccountScope, id: number): Promise<ProfileImportView | null> {
  const row = await db().profileImport.findFirst({ where: { id, trackedAccountId: scope.trackedAccountId } });
  if (!row) return null;
  const [job, rescore] = await Promise.all([
    db().job.findFirst({
      where: { trackedAccountId: scope.trackedAccountId, kind: { in: ["preview-profiles", "apply-profiles"] }, payload: { path: ["profileImportId"], equals: id } },
      orderBy: { id: "desc" },
      select: { id: true },
    }),
    row.rescoreJobId ? db().job.findUnique({ where: { id: row.rescoreJobId }, select: { status: true } }) : null,
  ]);
  return {
    id: row.id,
    fileName: row.fileName,
    fileSize: Number(row.fileSize),
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    report: row.report as ProfileReport | null,
    choices: (row.mapping ?? {}) as ColumnChoices,
    error: row.error,
    written: row.written,
    jobId: job?.id ?? null,
    rescoreJobId: row.rescoreJobId,
    rescoreActive: rescore !== null && (rescore.status === "queued" || rescore.status === "running"),
  };
}

/** The account's latest profile imports, newest first. */
export async function listProfileImports(scope: AccountScope) {
  const rows = await db().profileImport.findMany({
    where: { trackedAccountId: scope.trackedAccountId },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: { id: true, fileName: true, status: true, createdAt: true, written: true, error: true },
  });
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}
