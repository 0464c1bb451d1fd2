// `npm run eval:bots [-- --bench N]`: scores the labelled evaluation sets at a fixed instant and prints how well
// the bot score ranks and labels them. With --bench, also times scoring N synthetic accounts in-process.
import { parseArgs } from "node:util";
import { scoreAll, summarise, withoutProfiles, type EvalSummary } from "../lib/domain/bots/eval/evaluate";
import { generatedAccounts } from "../lib/domain/bots/eval/generated-accounts";
import { EVAL_NOW, labelledAccounts } from "../lib/domain/bots/eval/labelled-accounts";
import { scoreAccount } from "../lib/domain/bots/score-account";
import { BOT_SCORE_VERSION, type BotSignalInput } from "../lib/domain/bots/types";

const { values } = parseArgs({ options: { bench: { type: "string" }, verbose: { type: "boolean", default: false } } });

const hand = scoreAll(labelledAccounts, EVAL_NOW);
const generated = scoreAll(generatedAccounts(), EVAL_NOW);
const bare = scoreAll(withoutProfiles([...labelledAccounts, ...generatedAccounts()]), EVAL_NOW);
const rows = [
  summarise("hand-written", hand), summarise("generated", generated), summarise("both", [...hand, ...generated]),
  summarise("both, no profiles", bare),
];

const pct = (x: number | null) => (x === null ? "—" : `${(x * 100).toFixed(1)}%`);
const cells = (r: EvalSummary) => [r.set, String(r.n), String(r.bots), r.auc === null ? "—" : r.auc.toFixed(3), pct(r.precision), pct(r.recall), pct(r.flaggedRecall), pct(r.flaggedPrecision), pct(r.unknownShare)];
const header = ["set", "n", "bots", "ROC-AUC*", "precision(likely-bot)", "recall(likely-bot)", "recall(≥suspicious)", "precision(≥suspicious)", "unknown"];
const table = [header, ...rows.map(cells)];
const widths = header.map((_, i) => Math.max(...table.map((row) => (row[i] ?? "").length)));
console.log(`Bot score v${BOT_SCORE_VERSION}, scored at ${EVAL_NOW.toISOString()}`);
for (const row of table) console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join("  "));
console.log("* over cases that got a score; unknown-labelled cases are excluded from the AUC and count as not flagged.");
console.log("\"no profiles\": the same accounts with only a handle, the batch check from follow dates and follow cycles (a handles-and-dates export).");

if (values.verbose) {
  for (const s of hand)
    console.log(`${s.bot ? "bot " : "real"} ${String(s.result.score ?? "—").padStart(3)} ${s.result.label.padEnd(11)} ${s.input.handle.padEnd(22)} ${s.note}`);
}

if (values.bench) {
  const n = Number(values.bench);
  // Reuse a small pool of varied inputs (mostly the generated set) so the timing is the scorer, not the allocator.
  const pool: BotSignalInput[] = [...generatedAccounts(99, 1000), ...labelledAccounts].map((c) => c.input);
  let checksum = 0;
  const started = performance.now();
  for (let i = 0; i < n; i++) checksum += scoreAccount(pool[i % pool.length] as BotSignalInput, EVAL_NOW).score ?? 0;
  const ms = performance.now() - started;
  console.log(`scored ${n.toLocaleString("en-US")} accounts in ${(ms / 1000).toFixed(2)} s (${Math.round(n / (ms / 1000)).toLocaleString("en-US")}/s, checksum ${checksum})`);
}
