// Run by the benchmark in a process of its own, so its memory is the import's: uploads a TikTok export zip into a
// fresh tracked account the way the server does (store, preview job, apply job) and prints one JSON line of figures.
import { createReadStream } from "node:fs";
import { useDatabase } from "../../lib/server/db";
import { openDatabase } from "../../lib/server/db/open-database";
import { applyImport } from "../../lib/server/imports/apply-import";
import { previewImport } from "../../lib/server/imports/preview-import";
import { storeUpload } from "../../lib/server/imports/store-upload";
import { defaultImportLimits } from "../../lib/domain/imports/types";

const zip = process.argv[2]!;
const confirm = process.argv[3] === "confirm";
const database = await openDatabase({ migrate: true });
useDatabase(database.prisma);
const p = database.prisma;
const owner = await p.user.create({ data: { email: `import-${Date.now()}@bench.local`, passwordHash: "x" } });
const tracked = await p.trackedAccount.create({ data: { ownerId: owner.id, handle: "bench.import", handleKey: "bench.import" } });
const rss = () => process.memoryUsage().rss / 1_048_576;
const baseline = rss();
let peak = baseline;
const sampler = setInterval(() => (peak = Math.max(peak, rss())), 50);
const noop = async () => {};
const t0 = performance.now();
const stored = await storeUpload(createReadStream(zip), defaultImportLimits.maxFileBytes);
const row = await p.import.create({
  data: { trackedAccountId: tracked.id, origin: "cli", fileName: "tiktok-export.zip", fileSize: BigInt(stored.size), fileHash: stored.sha256, storagePath: stored.path, status: "parsing", autoApply: !confirm },
});
const t1 = performance.now();
await previewImport(p, row.id, noop);
// As the creator's confirmation does: the import moves to applying in another request, after the preview's job.
if (confirm) await p.import.update({ where: { id: row.id }, data: { status: "applying" } });
const t2 = performance.now();
await applyImport(p, row.id, noop, () => {});
const t3 = performance.now();
clearInterval(sampler);
const done = await p.import.findUniqueOrThrow({ where: { id: row.id } });
await p.job.deleteMany({ where: { trackedAccountId: tracked.id } });
console.log(JSON.stringify({
  status: done.status, error: done.error, followers: done.followers, following: done.following,
  store: (t1 - t0) / 1000, preview: (t2 - t1) / 1000, apply: (t3 - t2) / 1000, total: (t3 - t0) / 1000,
  baselineRss: baseline, peakRss: peak,
}));
await database.close();
process.exit(0);
