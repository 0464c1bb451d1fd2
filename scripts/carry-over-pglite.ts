// `tsx scripts/carry-over-pglite.ts [--from ./.data/pglite]`: copies a previous version's PGlite folder into the
// PostgreSQL database of DATABASE_URL (which must hold no data yet). The folder is left in place.
import path from "node:path";
import { carryOverPglite, type CarryOverProgress } from "../lib/server/db/carry-over-pglite";

const USAGE = "usage: DATABASE_URL=postgresql://… tsx scripts/carry-over-pglite.ts [--from ./.data/pglite]";

function readFrom(args: string[]): string {
  let from = "./.data/pglite";
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    const next = args[i + 1];
    if (arg === "--from" && next) {
      from = next;
      i++;
    } else if (arg.startsWith("--from=")) from = arg.slice("--from=".length);
    else throw new Error(`unknown argument "${arg}" (${USAGE})`);
  }
  return path.resolve(from);
}

function describeTarget(raw: string | undefined): { url: string; label: string } {
  if (!raw?.trim()) throw new Error(`DATABASE_URL is not set (${USAGE})`);
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error("DATABASE_URL is not a URL: expected postgresql://user:password@host:5432/database");
  }
  if (url.protocol !== "postgresql:" && url.protocol !== "postgres:") throw new Error(`DATABASE_URL must start with postgresql:// (got "${url.protocol}//…")`);
  return { url: raw.trim(), label: `${url.host}${url.pathname}` };
}

const number = (n: number) => n.toLocaleString("en-US");

function printProgress(p: CarryOverProgress) {
  const share = p.totalRows ? ` (${((100 * p.copiedRows) / p.totalRows).toFixed(1)}%)` : "";
  console.log(`[${p.tableIndex}/${p.tables}] ${p.table}: ${number(p.rows)} of ${number(p.tableRows)} rows${share}`);
}

try {
  if (process.argv.includes("--help") || process.argv.includes("-h")) {
    console.log(USAGE);
    process.exit(0);
  }
  const from = readFrom(process.argv.slice(2));
  const target = describeTarget(process.env.DATABASE_URL);
  console.log(`carry-over: ${from} → PostgreSQL at ${target.label}`);
  const result = await carryOverPglite({ pgliteDir: from, databaseUrl: target.url, onProgress: printProgress });
  const rate = result.seconds > 0 ? `, ${number(Math.round(result.rows / result.seconds))} rows/s` : "";
  console.log(`carried over ${number(result.rows)} rows of ${result.tables} tables in ${result.seconds.toFixed(1)} s${rate}; ${from} was left in place`);
  process.exit(0);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`carry-over failed: ${message.replace(/\s*\n\s*/g, " ")}`);
  process.exit(1);
}
