import { parseBotQuery } from "@/lib/domain/bot-query";
import { csvCell } from "@/lib/domain/relationship-csv";
import { streamBotScores, type BotExportRow } from "@/lib/server/queries/stream-bot-scores";
import { routeScope, streamedDownload } from "../../../../api-responses";

const header = "handle,score,label,confidence,version,reasons\n";
const line = (r: BotExportRow) =>
  [r.handleKey, r.score === null ? null : String(r.score), r.label, r.confidence, String(r.version), r.reasons.map((x) => `${x.signal}=${x.value} (${x.weight > 0 ? "+" : ""}${x.weight})`).join("; ")]
    .map(csvCell)
    .join(",") + "\n";

/** Every scored account matching the bots view's filters, with its reasons. */
export async function GET(request: Request, { params }: { params: Promise<{ handle: string }> }) {
  const scope = await routeScope((await params).handle);
  if (scope instanceof Response) return scope;
  const query = parseBotQuery(Object.fromEntries(new URL(request.url).searchParams));
  return streamedDownload({
    chunks: streamBotScores(scope, query),
    line,
    header,
    filename: `${scope.handle}-bots.csv`,
    contentType: "text/csv; charset=utf-8",
  });
}
