// `npm run eval:bots [-- --bench N]`: scores the public labelled sets at a fixed instant and prints how well the
// bot score ranks and labels them, with and without profiles. The Kaggle holdout is the part of the fit set
// that fit:bots never saw; InstaFake and SRF were used for nothing but this report. With --bench, also times
// scoring N accounts in-process.
import { parseArgs } from "node:util";
import { PRIOR, scoreAll, summarise, withoutProfiles, type EvalSummary } from "../lib/domain/bots/eval/evaluate";
import { EVAL_NOW, type LabelledAccount } from "../lib/domain/bots/eval/labelled-row";
import { LIKELY_BOT_AT, scoreAccount, SUSPICIOUS_AT } from "../lib/domain/bots/score-account";
import { BOT_SCORE_VERSION, type BotSignalInput } from "../lib/domain/bots/types";
import { INSTAFAKE, kaggleSplit, loadSet, SRF } from "./bot-sets";

const { values } = parseArgs({ options: { bench: { type: "string" } } });

const sets: [string, LabelledAccount[] | null][] = [
  ["kaggle holdout (30%)", kaggleSplit()?.holdout ?? null],
  ["instafake (check)", loadSet(INSTAFAKE)],
  ["srf 2017 (check)", loadSet(SRF)],
];
const present = sets.filter((s): s is [string, LabelledAccount[]] => s[1] !== null);
const rows = present.flatMap(([name, cases]) => [
  summarise(name, scoreAll(cases, EVAL_NOW)),
  summarise(`${name}, no profiles`, scoreAll(withoutProfiles(cases), EVAL_NOW)),
]);

const pct = (x: number | null) => (x === null ? "—" : `${(x * 100).toFixed(1)}%`);
const cells = (r: EvalSummary) => [
  r.set, String(r.n), String(r.bots), r.auc === null ? "—" : r.auc.toFixed(3),
  pct(r.precision), pct(r.priorPrecision), pct(r.recall), pct(r.flaggedPrecision), pct(r.priorFlaggedPrecision), pct(r.flaggedRecall), pct(r.unknownShare),
];
const P = `${PRIOR * 100}%`;
const header = ["set", "n", "fakes", "ROC-AUC*", "bot prec", `bot prec@${P}`, "bot recall", "≥susp prec", `≥susp prec@${P}`, "≥susp recall", "unknown"];
const table = [header, ...rows.map(cells)];
const widths = header.map((_, i) => Math.max(...table.map((row) => (row[i] ?? "").length)));
console.log(`Bot score v${BOT_SCORE_VERSION} (likely-bot ≥ ${LIKELY_BOT_AT}, suspicious ≥ ${SUSPICIOUS_AT}), scored at ${EVAL_NOW.toISOString()}`);
for (const row of table) console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join("  "));
console.log(`* over cases that got a score; unknown-labelled cases are excluded from the AUC and count as not flagged.`);
console.log(`"bot" = labelled likely-bot; "≥susp" = likely-bot or suspicious; "@${P}": precision with the classes re-weighted to ${P} fakes.`);
console.log(`"no profiles": only the handle (Kaggle and InstaFake withhold it and give its digit share), no follow batch, no cycles.`);

const targets = (r: EvalSummary) => {
  const p = r.priorPrecision ?? r.precision;
  const checks = [
    [`likely-bot precision@${P} ≥ 0.9`, p !== null && p >= 0.9],
    [`≥suspicious recall ≥ 0.6 at precision@${P} ≥ 0.7`, (r.flaggedRecall ?? 0) >= 0.6 && (r.priorFlaggedPrecision ?? 0) >= 0.7],
    ["ROC-AUC ≥ 0.93", (r.auc ?? 0) >= 0.93],
    ["ROC-AUC ≥ 0.97", (r.auc ?? 0) >= 0.97],
  ] as const;
  return checks.map(([what, ok]) => `${ok ? "met" : "NOT met"}: ${what}`).join("; ");
};
console.log("\ntargets (with profiles):");
for (const r of rows.filter((r) => !r.set.endsWith("no profiles"))) console.log(`  ${r.set}: ${targets(r)}`);

if (values.bench) {
  const n = Number(values.bench);
  const pool: BotSignalInput[] = present.flatMap(([, cases]) => cases.map((c) => c.input));
  if (pool.length === 0) throw new Error("no set present to bench on");
  let checksum = 0;
  const started = performance.now();
  for (let i = 0; i < n; i++) checksum += scoreAccount(pool[i % pool.length] as BotSignalInput, EVAL_NOW).score ?? 0;
  const ms = performance.now() - started;
  console.log(`scored ${n.toLocaleString("en-US")} accounts in ${(ms / 1000).toFixed(2)} s (${Math.round(n / (ms / 1000)).toLocaleString("en-US")}/s, checksum ${checksum})`);
}
