import { z } from "zod";
import { csvCell } from "@/lib/domain/relationship-csv";
import { isOwnAlert, streamAlertAccounts, type AlertAccountRow } from "@/lib/server/alerts/stream-alert-accounts";
import { errorResponse, routeScope, streamedDownload } from "../../../../../api-responses";

const idSchema = z.coerce.number().int().positive().max(2_147_483_647);
const line = (r: AlertAccountRow) => [r.handle, r.detail].map(csvCell).join(",") + "\n";

/** Every account kept with one alert, to check in the app or hand to support. */
export async function GET(_request: Request, { params }: { params: Promise<{ handle: string; id: string }> }) {
  const p = await params;
  const scope = await routeScope(p.handle);
  if (scope instanceof Response) return scope;
  const id = idSchema.safeParse(p.id);
  if (!id.success || !(await isOwnAlert(scope, id.data))) return errorResponse(404, "not_found", "No such alert");
  return streamedDownload({
    chunks: streamAlertAccounts(scope, id.data),
    line,
    header: "handle,detail\n",
    filename: `${scope.handle}-alert-${id.data}-accounts.csv`,
    contentType: "text/csv; charset=utf-8",
  });
}
