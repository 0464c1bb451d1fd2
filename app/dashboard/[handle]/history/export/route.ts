import { z } from "zod";
import { chartCsvHeader, chartCsvLine, chartDataKinds } from "@/lib/domain/chart-csv";
import { parseTimeRange } from "@/lib/domain/time-range";
import { getDailySeries } from "@/lib/server/queries/get-daily-series";
import { errorResponse, routeScope, streamedDownload } from "../../../../api-responses";

const paramsSchema = z.object({ chart: z.enum(chartDataKinds) });

/** A chart's data as CSV, one line per day of the time range (the chart may draw weeks or months). */
export async function GET(request: Request, { params }: { params: Promise<{ handle: string }> }) {
  const scope = await routeScope((await params).handle);
  if (scope instanceof Response) return scope;
  const url = new URL(request.url);
  const parsed = paramsSchema.safeParse({ chart: url.searchParams.get("chart") ?? undefined });
  if (!parsed.success) return errorResponse(422, "invalid_parameter", parsed.error.issues[0]?.message ?? "Invalid parameter", "chart");
  const { chart } = parsed.data;
  const series = await getDailySeries(scope, parseTimeRange(Object.fromEntries(url.searchParams)));
  const window = series.window ? `-${series.window.from}-to-${series.window.to}` : "";
  return streamedDownload({
    chunks: (async function* () {
      yield series.points;
    })(),
    line: chartCsvLine(chart),
    header: chartCsvHeader(chart),
    filename: `${scope.handle}-${chart === "gain-loss" ? "gained-lost" : chart}${window}.csv`,
    contentType: "text/csv; charset=utf-8",
  });
}
