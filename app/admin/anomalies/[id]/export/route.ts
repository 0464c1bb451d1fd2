import { csvCell } from "@/lib/domain/relationship-csv";
import type { InvolvedAccountRow } from "@/lib/server/admin/admin-anomaly-view";
import { streamAnomalyAccounts } from "@/lib/server/admin/find-anomaly-accounts";
import { requireAdmin } from "@/lib/server/admin/require-admin";
import { getViewer } from "@/lib/server/auth/get-viewer";
import { NotFoundError } from "@/lib/server/auth/viewer";
import { errorResponse, streamedDownload } from "../../../../api-responses";

const line = (r: InvolvedAccountRow) => [r.handle, r.detail].map(csvCell).join(",") + "\n";

/** Every stored account of one anomaly as CSV. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return errorResponse(401, "unauthorized", "Sign in first.");
  const raw = (await params).id;
  const id = /^\d{1,9}$/.test(raw) ? Number(raw) : null;
  try {
    await requireAdmin(viewer);
    if (id === null) throw new NotFoundError("No such anomaly");
  } catch (error) {
    if (error instanceof NotFoundError) return errorResponse(404, "not_found", "Not found");
    throw error;
  }
  return streamedDownload({
    chunks: streamAnomalyAccounts(viewer, id),
    line,
    header: "handle,detail\n",
    filename: `followlens-anomaly-${id}-accounts.csv`,
    contentType: "text/csv; charset=utf-8",
  });
}
