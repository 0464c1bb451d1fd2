import { z } from "zod";
import { csvHeader, csvLine, jsonLine } from "@/lib/domain/relationship-csv";
import { parseRelationshipQuery } from "@/lib/domain/relationship-query";
import { relationshipKinds, type RelationshipKind } from "@/lib/domain/types";
import { streamRelationships } from "@/lib/server/queries/stream-relationships";
import { errorResponse, routeScope, streamedDownload } from "../../../../api-responses";

const paramsSchema = z.object({
  kind: z.enum(relationshipKinds as [RelationshipKind, ...RelationshipKind[]]),
  format: z.enum(["csv", "jsonl"]).default("csv"),
});

/** A whole relationship list as CSV or JSON lines, with the table's time range, label filter, search and order. */
export async function GET(request: Request, { params }: { params: Promise<{ handle: string }> }) {
  const scope = await routeScope((await params).handle);
  if (scope instanceof Response) return scope;
  const url = new URL(request.url);
  const parsed = paramsSchema.safeParse({ kind: url.searchParams.get("kind") ?? undefined, format: url.searchParams.get("format") ?? undefined });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return errorResponse(422, "invalid_parameter", issue?.message ?? "Invalid parameter", String(issue?.path[0] ?? ""));
  }
  const { kind, format } = parsed.data;
  const query = parseRelationshipQuery(Object.fromEntries(url.searchParams));
  return streamedDownload({
    chunks: streamRelationships(scope, query),
    line: format === "csv" ? csvLine(kind) : jsonLine(kind),
    header: format === "csv" ? csvHeader(kind) : undefined,
    filename: `${scope.handle}-${kind}.${format}`,
    contentType: format === "csv" ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8",
  });
}
