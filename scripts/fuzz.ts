// `npm run fuzz -- [--seed 1] [--count 10000] [--db-every 50] [--from N] [--save DIR]`
// Mutated exports of every supported shape (TikTok JSON of each layout, TikTok TXT, Instagram JSON, CSV, Followlens
// JSON/NDJSON, zips of them) through the upload's parse path; every --db-every-th file also through store → preview
// → apply on a throwaway database of the machine's PostgreSQL (TEST_DATABASE_URL, else postgres@127.0.0.1:5432).
// The same seed and count make the same files. Exits 1 when anything crashed or a failed import wrote anything.
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { testPostgresUrl } from "@/test/local-database";
import { runFuzz, type Failure } from "./fuzz/run-fuzz";

const { values } = parseArgs({
  options: {
    seed: { type: "string", default: "1" },
    count: { type: "string", default: "10000" },
    from: { type: "string", default: "0" },
    "db-every": { type: "string", default: "50" },
    save: { type: "string" },
  },
});
const seed = Number(values.seed);
const count = Number(values.count);
const saveDir = values.save ?? path.join(os.tmpdir(), `followlens-fuzz-failures-${seed}`);

console.log(`Fuzzing ${count.toLocaleString("en-US")} mutated exports, seed ${seed}${Number(values["db-every"]) > 0 ? `, every ${values["db-every"]}th also through the database` : ""}`);
const report = await runFuzz({ seed, count, from: Number(values.from), dbEvery: Number(values["db-every"]), dbServerUrl: testPostgresUrl(), saveDir, log: console.log });

const show = (f: Failure) => `  #${f.index} ${f.seed} as ${JSON.stringify(f.name.slice(0, 60))} [${f.mutations.join("; ").slice(0, 200)}]\n    ${f.error.split("\n").join("\n    ")}${f.saved ? `\n    saved: ${f.saved}` : ""}`;
const codes = Object.entries(report.rejectedBy).sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code} ${n}`).join(", ");
console.log(`
files tried:             ${report.tried}
accepted:                ${report.accepted}
rejected with a message: ${report.rejected} (${codes})
crashes / unexpected:    ${report.crashes.length}
database path:           ${report.db.tried} files: ${report.db.applied} applied, ${report.db.failed} failed, ${report.db.duplicate} duplicate, ${report.db.held} held, ${report.db.refused} refused when applied; ${report.db.leftoverFiles} stored files left
partial writes:          ${report.db.partialWrites.length}
peak RSS:                ${Math.round(report.peakRssBytes / 1024 / 1024)} MB
time:                    ${Math.round(report.seconds)} s`);
for (const f of [...report.crashes, ...report.db.partialWrites].slice(0, 20)) console.log(show(f));
process.exit(report.crashes.length > 0 || report.db.partialWrites.length > 0 ? 1 : 0);
