import { getViewer } from "@/lib/server/auth/get-viewer";
import { getJobForViewer } from "@/lib/server/jobs/get-job";
import { errorResponse } from "../../../api-responses";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return errorResponse(401, "unauthorized", "Sign in first.");
  const id = Number((await params).id);
  const job = Number.isInteger(id) && id > 0 ? await getJobForViewer(viewer, id) : null;
  if (!job) return errorResponse(404, "not_found", "No such job.");
  return Response.json(job, { headers: { "cache-control": "no-store" } });
}
