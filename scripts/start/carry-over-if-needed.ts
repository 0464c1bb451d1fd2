import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { carryOverPglite } from "../../lib/server/db/carry-over-pglite";
import type { PrismaClient } from "../../lib/server/generated/prisma/client";

/**
 * A user of the version before the embedded PostgreSQL keeps their data: on the first start, an existing
 * ./.data/pglite is copied into the fresh embedded database (with progress). The old folder is never deleted; a marker
 * beside it records that it was carried over. Returns true when it carried data over now.
 */
export async function carryOverIfNeeded(url: string, prisma: PrismaClient, log: (line: string) => void): Promise<boolean> {
  const pgliteDir = path.resolve(process.env.PGLITE_DIR?.trim() || path.join(".data", "pglite"));
  const marker = `${pgliteDir}.carried-over`;
  if (!existsSync(path.join(pgliteDir, "PG_VERSION")) || existsSync(marker)) return false;
  if ((await prisma.user.count()) > 0) {
    log(`Note: ${pgliteDir} (the old embedded database) was not carried over: this database already has users. ` +
      "To copy it into an empty database: DATABASE_URL=… npm run db:carry-over");
    return false;
  }
  log(`Carrying your data over from ${path.relative(process.cwd(), pgliteDir)} (the old embedded database; it is kept)…`);
  const result = await carryOverPglite({
    pgliteDir,
    databaseUrl: url,
    onProgress: (p) => {
      if (p.rows < p.tableRows) return;
      const percent = p.totalRows ? Math.round((100 * p.copiedRows) / p.totalRows) : 100;
      log(`  ${percent}% · ${p.tableIndex}/${p.tables} ${p.table}: ${p.tableRows.toLocaleString("en-US")} rows`);
    },
  });
  writeFileSync(marker, `${new Date().toISOString()} carried over ${result.rows} rows of ${result.tables} tables into ${new URL(url).host}\n`);
  log(`Carried over ${result.rows.toLocaleString("en-US")} rows of ${result.tables} tables in ${result.seconds.toFixed(1)} s`);
  return true;
}
