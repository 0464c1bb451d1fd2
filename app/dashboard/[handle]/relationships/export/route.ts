import { z } from "zod";
import { csvHeader, csvLine, jsonLine } from "@/lib/domain/relationship-csv";
import { relationshipKinds, type RelationshipKind } from "@/lib/domain/types";
import { authorizeTrackedAccount } from "@/lib/server/access/account-scope";
import { getViewer } from "@/lib/server/auth/get-viewer";
import { NotFoundError } from "@/lib/server/auth/viewer";
import { streamRelationships } from "@/lib/server/queries/stream-relationships";

const paramsSchema = z.object({
  kind: z.enum(relationshipKinds as [RelationshipKind, ...RelationshipKind[]]),
  format: z.enum(["csv", "jsonl"]).default("csv"),
});

/** The whole list, streamed: rows leave as they are read, in chunks, so a million-row list never sits in memory. */
export async function GET(request: Request, { params }: { params: Promise<{ handle: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return Response.json({ error: { code: "unauthorized", message: "Sign in first." } }, { status: 401 });
  const url = new URL(request.url);
  const parsed = paramsSchema.safeParse({ kind: url.searchParams.get("kind") ?? undefined, format: url.searchParams.get("format") ?? undefined });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return Response.json({ error: { code: "invalid_parameter", field: String(issue?.path[0] ?? ""), message: issue?.message ?? "Invalid parameter" } }, { status: 422 });
  }
  let scope;
  try {
    scope = await authorizeTrackedAccount(viewer, decodeURIComponent((await params).handle));
  } catch (error) {
    if (error instanceof NotFoundError) return Response.json({ error: { code: "not_found", message: error.message } }, { status: 404 });
    throw error;
  }
  const { kind, format } = parsed.data;
  const encoder = new TextEncoder();
  const rows = streamRelationships(scope, kind);
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (format === "csv") controller.enqueue(encoder.encode(csvHeader));
    },
    async pull(controller) {
      const next = await rows.next();
      if (next.done) return controller.close();
      controller.enqueue(encoder.encode(next.value.map(format === "csv" ? csvLine : jsonLine).join("")));
    },
    async cancel() {
      await rows.return(undefined);
    },
  });
  const filename = `${scope.handle}-${kind}.${format}`;
  return new Response(body, {
    headers: {
      "content-type": format === "csv" ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8",
      "content-disposition": `attachment; filename="${filename.replace(/[^\w.-]/g, "_")}"`,
      "cache-control": "no-store",
    },
  });
}
