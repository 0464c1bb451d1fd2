import { csvCell } from "@/lib/domain/relationship-csv";
import type { QueueRow } from "@/lib/server/admin/admin-anomaly-view";
import { parseQueueParams } from "@/lib/server/admin/anomaly-queue-params";
import { streamAnomalyQueue } from "@/lib/server/admin/find-anomaly-queue";
import { requireAdmin } from "@/lib/server/admin/require-admin";
import { getViewer } from "@/lib/server/auth/get-viewer";
import { NotFoundError } from "@/lib/server/auth/viewer";
import { errorResponse, streamedDownload } from "../../api-responses";

const header = "id,kind,severity,status,account,owner_email,window_start,window_end,accounts_involved,reported_at,withdrawn_at,assignee,summary\n";

const line = (r: QueueRow) =>
  [
    String(r.id), r.kind, r.severity, r.status, r.account?.handle ?? null, r.account?.ownerEmail ?? null, r.windowStart, r.windowEnd,
    String(r.accountCount), r.reportedAt, r.withdrawnAt, r.assignee, r.summary,
  ].map(csvCell).join(",") + "\n";

/** The filtered queue (the page's search params, every page of it) as CSV. */
export async function GET(request: Request) {
  const viewer = await getViewer();
  if (!viewer) return errorResponse(401, "unauthorized", "Sign in first.");
  try {
    // Checked before the first byte: once streaming, a refusal could only cut the file short.
    await requireAdmin(viewer);
  } catch (error) {
    if (error instanceof NotFoundError) return errorResponse(404, "not_found", "Not found");
    throw error;
  }
  const params = parseQueueParams(Object.fromEntries(new URL(request.url).searchParams));
  const day = new Date().toISOString().slice(0, 10);
  return streamedDownload({
    chunks: streamAnomalyQueue(viewer, params),
    line,
    header,
    filename: `followlens-anomalies-${day}.csv`,
    contentType: "text/csv; charset=utf-8",
  });
}
