// The fuzz loop: `count` files made from the seed exports, each stored and parsed as an upload is, every
// `dbEvery`-th one also through the whole store → preview → apply path on a throwaway database.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { DbCheck } from "./db-check";
import { makeUpload, type Upload } from "./make-upload";
import { buildSeeds } from "./seeds";
import { tryParse } from "./try-parse";

export type FuzzOptions = {
  seed: number;
  count: number;
  /** first file number (to make one file again: --from N --count 1) */
  from?: number;
  /** every n-th file also goes through the database path (0: none) */
  dbEvery?: number;
  dbServerUrl?: string;
  /** where the files that crashed are written */
  saveDir?: string;
  log?: (line: string) => void;
};

export type Failure = { index: number; seed: string; name: string; mutations: string[]; error: string; saved?: string };

export type FuzzReport = {
  tried: number;
  accepted: number;
  rejected: number;
  rejectedBy: Record<string, number>;
  crashes: Failure[];
  db: { tried: number; applied: number; failed: number; duplicate: number; held: number; refused: number; partialWrites: Failure[]; leftoverFiles: number };
  peakRssBytes: number;
  seconds: number;
};

export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const started = Date.now();
  const seeds = buildSeeds();
  const work = mkdtempSync(path.join(os.tmpdir(), "followlens-fuzz-"));
  const file = path.join(work, "upload");
  const report: FuzzReport = {
    tried: 0, accepted: 0, rejected: 0, rejectedBy: {}, crashes: [],
    db: { tried: 0, applied: 0, failed: 0, duplicate: 0, held: 0, refused: 0, partialWrites: [], leftoverFiles: 0 },
    peakRssBytes: 0, seconds: 0,
  };
  const dbEvery = options.dbEvery ?? 0;
  const db = dbEvery > 0 ? await DbCheck.open(options.dbServerUrl!) : null;
  const fail = (upload: Upload, error: string): Failure => {
    const failure: Failure = { index: upload.index, seed: upload.seed, name: upload.name, mutations: upload.mutations, error };
    if (options.saveDir) {
      mkdirSync(options.saveDir, { recursive: true });
      failure.saved = path.join(options.saveDir, `${options.seed}-${upload.index}.bin`);
      writeFileSync(failure.saved, upload.bytes);
    }
    return failure;
  };
  try {
    const from = options.from ?? 0;
    for (let index = from; index < from + options.count; index++) {
      const upload = makeUpload(seeds, options.seed, index);
      writeFileSync(file, upload.bytes);
      const outcome = await tryParse(file, upload.name, new Date());
      report.tried++;
      if (outcome.kind === "accepted") report.accepted++;
      else if (outcome.kind === "rejected") {
        report.rejected++;
        report.rejectedBy[outcome.code] = (report.rejectedBy[outcome.code] ?? 0) + 1;
      } else report.crashes.push(fail(upload, outcome.error));
      if (db && index % dbEvery === 0) {
        const checked = await db.run(upload.name, upload.bytes);
        report.db.tried++;
        report.db[checked.result]++;
        if (checked.crash) report.crashes.push(fail(upload, `database path: ${checked.crash}`));
        if (checked.partialWrite) report.db.partialWrites.push(fail(upload, `a ${checked.result} import changed the account's data`));
      }
      if ((index + 1 - from) % 1000 === 0) options.log?.(`  ${index + 1 - from} files, ${report.crashes.length} crashes, ${Math.round((Date.now() - started) / 1000)} s`);
    }
    if (db) report.db.leftoverFiles = db.leftoverFiles();
  } finally {
    await db?.close();
    rmSync(work, { recursive: true, force: true });
  }
  report.peakRssBytes = process.resourceUsage().maxRSS * 1024;
  report.seconds = (Date.now() - started) / 1000;
  return report;
}
