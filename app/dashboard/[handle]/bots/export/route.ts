import { parseBotQuery } from "@/lib/domain/bot-query";
import { csvCell } from "@/lib/domain/relationship-csv";
import { authorizeTrackedAccount } from "@/lib/server/access/account-scope";
import { getViewer } from "@/lib/server/auth/get-viewer";
import { NotFoundError } from "@/lib/server/auth/viewer";
import { streamBotScores, type BotExportRow } from "@/lib/server/queries/stream-bot-scores";

const header = "handle,score,label,version,reasons\n";
const line = (r: BotExportRow) =>
  [r.handleKey, r.score === null ? null : String(r.score), r.label, String(r.version), r.reasons.map((x) => `${x.signal}=${x.value} (${x.weight > 0 ? "+" : ""}${x.weight})`).join("; ")]
    .map(csvCell)
    .join(",") + "\n";

export async function GET(request: Request, { params }: { params: Promise<{ handle: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return Response.json({ error: { code: "unauthorized", message: "Sign in first." } }, { status: 401 });
  let scope;
  try {
    scope = await authorizeTrackedAccount(viewer, decodeURIComponent((await params).handle));
  } catch (error) {
    if (error instanceof NotFoundError) return Response.json({ error: { code: "not_found", message: error.message } }, { status: 404 });
    throw error;
  }
  const query = parseBotQuery(Object.fromEntries(new URL(request.url).searchParams));
  const rows = streamBotScores(scope, query);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start: (c) => c.enqueue(encoder.encode(header)),
    async pull(c) {
      const next = await rows.next();
      if (next.done) return c.close();
      c.enqueue(encoder.encode(next.value.map(line).join("")));
    },
    cancel: async () => void (await rows.return(undefined)),
  });
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${scope.handle.replace(/[^\w.-]/g, "_")}-bots.csv"`,
      "cache-control": "no-store",
    },
  });
}
