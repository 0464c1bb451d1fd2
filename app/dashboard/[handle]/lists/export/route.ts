import { csvCell } from "@/lib/domain/relationship-csv";
import { parseListName } from "@/lib/server/lists/add-to-list";
import { streamListEntries, type ListEntryRow } from "@/lib/server/lists/find-list-entries";
import { routeScope, streamedDownload } from "../../../../api-responses";

const line = (r: ListEntryRow) => [r.handle, r.addedAt, r.score === null ? null : String(r.score), r.label].map(csvCell).join(",") + "\n";

/** A whole keep, unfollow or remove list, to work through in the app or a script. */
export async function GET(request: Request, { params }: { params: Promise<{ handle: string }> }) {
  const scope = await routeScope((await params).handle);
  if (scope instanceof Response) return scope;
  const list = parseListName(new URL(request.url).searchParams.get("list"));
  return streamedDownload({
    chunks: streamListEntries(scope, list),
    line,
    header: "handle,added_at,bot_score,bot_label\n",
    filename: `${scope.handle}-${list}-list.csv`,
    contentType: "text/csv; charset=utf-8",
  });
}
