// `npm run fit:bots`: fits the bot score's weights and label thresholds on the fit part of the Kaggle table and
// prints them as the constants to paste into lib/domain/bots/weights.ts and score-account.ts. Never reads the
// check sets (InstaFake, SRF).
import { bucketWeight, fitLogistic, fittedBuckets, withSteps, pickThresholds, priorPrecision, type ThresholdRule } from "../lib/domain/bots/eval/fit";
import { EVAL_NOW } from "../lib/domain/bots/eval/labelled-row";
import { LIKELY_BOT_AT, SUSPICIOUS_AT } from "../lib/domain/bots/score-account";
import { FITTED_KEYS, HAND_WEIGHTS, POINTS_PER_LOGIT, WEIGHT_KEYS, WEIGHTS, type WeightKey } from "../lib/domain/bots/weights";
import { FIT_SEED, FIT_SHARE, kaggleSplit } from "./bot-sets";

/** A creator's audience is assumed ~10% fake (SRF Data found a 10% base rate in its hand-labelled sample). */
export const RULE: ThresholdRule = { prior: 0.1, botPrecision: 0.9, flaggedPrecision: 0.7, minBots: 10 };
/** Where the likely-bot line should land on the 0..100 scale; sets the points per log-odds unit. */
const LIKELY_BOT_TARGET = 70;

const split = kaggleSplit();
if (!split) process.exit(1);
const { fit } = split;
const rows = fit.map((c) => fittedBuckets(c.input, EVAL_NOW.getTime()));
const labels = fit.map((c) => c.bot);
const model = fitLogistic(rows.map(withSteps), labels, FITTED_KEYS);
const logits = Object.fromEntries(FITTED_KEYS.map((k) => [k, bucketWeight(model.weights, k)])) as Record<WeightKey, number>;

// 1. thresholds on the raw log-odds sums, to set the scale
const raw = rows.map((r, i) => ({ score: r.reduce((sum, k) => sum + logits[k], 0), bot: labels[i] ?? false }));
const rawCut = pickThresholds(raw, [...new Set(raw.map((s) => s.score))], RULE);
if (rawCut.likelyBotAt === null || rawCut.likelyBotAt <= 0) throw new Error(`no likely-bot cut reaches ${RULE.botPrecision} precision`);
const pointsPerLogit = Math.round(LIKELY_BOT_TARGET / rawCut.likelyBotAt);

// 2. integer points, then the thresholds again on the clamped integer scores the scorer will produce
const points = Object.fromEntries(FITTED_KEYS.map((k) => [k, Math.round(logits[k] * pointsPerLogit)])) as Record<WeightKey, number>;
const scored = rows.map((r, i) => {
  const total = r.reduce((sum, k) => sum + (points[k] ?? 0), 0);
  return { score: Math.min(100, Math.max(0, total)), bot: labels[i] ?? false };
});
const cut = pickThresholds(scored, Array.from({ length: 100 }, (_, i) => i + 1), RULE);

console.log(`fit part: ${fit.length} accounts (${labels.filter(Boolean).length} fake), share ${FIT_SHARE}, seed ${FIT_SEED}`);
console.log(`logistic intercept ${model.intercept.toFixed(3)}; raw likely-bot cut ${rawCut.likelyBotAt.toFixed(3)} log-odds`);
console.log(`POINTS_PER_LOGIT = ${pointsPerLogit}`);
console.log("fitted weights per bucket (log-odds incl. the steps below it -> points):");
for (const k of FITTED_KEYS) console.log(`  ${k.padEnd(20)} ${logits[k].toFixed(3).padStart(7)} -> ${points[k]}`);
console.log(`hand weights (kept): ${WEIGHT_KEYS.filter((k) => k in HAND_WEIGHTS).map((k) => `${k} ${HAND_WEIGHTS[k as keyof typeof HAND_WEIGHTS]}`).join(", ")}`);
const show = (t: number | null) => (t === null ? "none" : `${t} (prior-weighted precision ${(priorPrecision(scored, t, RULE.prior) ?? 0).toFixed(3)}, recall ${(scored.filter((s) => s.bot && s.score >= t).length / labels.filter(Boolean).length).toFixed(3)})`);
console.log(`LIKELY_BOT_AT = ${show(cut.likelyBotAt)}`);
console.log(`SUSPICIOUS_AT = ${show(cut.suspiciousAt)}`);
console.log(`rule: classes weighted to ${RULE.prior * 100}% fake; likely-bot precision >= ${RULE.botPrecision} (>= ${RULE.minBots} fakes above), suspicious precision >= ${RULE.flaggedPrecision}`);
console.log("\nweights.ts, fitted part:");
console.log(FITTED_KEYS.map((k) => `${k}: ${points[k]}`).join(", "));
const same = pointsPerLogit === POINTS_PER_LOGIT && FITTED_KEYS.every((k) => WEIGHTS[k] === points[k]) && cut.likelyBotAt === LIKELY_BOT_AT && cut.suspiciousAt === SUSPICIOUS_AT;
console.log(same ? "\nthe code's constants match this fit" : "\nthe code's constants DIFFER from this fit: paste the numbers above");
