import autocannon from "autocannon";

export type RouteFigures = { route: string; requests: number; errors: number; perSecond: number; p50: number; p95: number; p99: number };

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN);

/**
 * Closed-loop load on one route with autocannon: `connections` clients, each sending its next request when the last
 * one answered. Every response time is kept, so the percentiles are exact; an error is a non-2xx answer, a timeout
 * or a broken connection.
 */
export async function measureRoute(route: string, url: string, cookie: string, connections: number, seconds: number): Promise<RouteFigures> {
  const times: number[] = [];
  let errors = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds, timeout: 10, headers: { cookie } }, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      times.push(responseTime);
      if (statusCode < 200 || statusCode >= 300) errors++;
    });
  });
  errors += result.errors + result.timeouts;
  times.sort((a, b) => a - b);
  return { route, requests: times.length, errors, perSecond: times.length / seconds, p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99) };
}

export function printRoutes(title: string, rows: RouteFigures[]) {
  console.log(`\n${title}`);
  console.log(`${"route".padEnd(34)}${"requests".padStart(9)}${"errors".padStart(8)}${"pages/s".padStart(9)}${"p50 ms".padStart(9)}${"p95 ms".padStart(9)}${"p99 ms".padStart(9)}`);
  for (const r of rows) {
    const ms = (v: number) => (Number.isNaN(v) ? "-" : v.toFixed(0)).padStart(9);
    console.log(`${r.route.padEnd(34)}${String(r.requests).padStart(9)}${String(r.errors).padStart(8)}${r.perSecond.toFixed(1).padStart(9)}${ms(r.p50)}${ms(r.p95)}${ms(r.p99)}`);
  }
}
