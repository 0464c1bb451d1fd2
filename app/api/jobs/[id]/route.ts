import { getViewer } from "@/lib/server/auth/get-viewer";
import { getJobForViewer } from "@/lib/server/jobs/get-job";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return Response.json({ error: { code: "unauthorized", message: "Sign in first." } }, { status: 401 });
  const id = Number((await params).id);
  const job = Number.isInteger(id) && id > 0 ? await getJobForViewer(viewer, id) : null;
  if (!job) return Response.json({ error: { code: "not_found", message: "No such job." } }, { status: 404 });
  return Response.json(job, { headers: { "cache-control": "no-store" } });
}
