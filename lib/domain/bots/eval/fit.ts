// Fitting the signal weights and label thresholds on labelled data (npm run fit:bots). Pure: data in, numbers out.
// 1. Which fitted bucket each signal picks for an account (the signals themselves decide, so the fit sees
//    exactly the buckets the scorer uses).
// 2. A logistic regression on those 0/1 indicators, with an L2 penalty and each weight kept on its side of zero
//    (a tell never lowers a score, a real-looking sign never raises it).
// 3. Thresholds picked with the classes re-weighted to a prior share of fakes, since a creator's real audience
//    has far fewer fakes than a balanced labelled set.
import { behaviourSignals } from "../behaviour-signals";
import { profileSignals } from "../signals";
import type { BotSignalInput } from "../types";
import { FITTED_KEYS, STEPS_ON, WEIGHT_KEYS, WEIGHT_SIGN, type WeightKey, type Weights } from "../weights";

// Each key gets a distinct positive weight (its index + 1), so a reason's weight names the bucket it came from.
const PROBE = Object.fromEntries(WEIGHT_KEYS.map((key, i) => [key, i + 1])) as Weights;
const signals = [...behaviourSignals, ...profileSignals];

/** The fitted buckets whose signal fires for this account. */
export function fittedBuckets(input: BotSignalInput, nowMs: number): WeightKey[] {
  const out: WeightKey[] = [];
  for (const signal of signals) {
    const r = signal({ input, nowMs, weights: PROBE });
    const key = r ? WEIGHT_KEYS[r.weight - 1] : undefined;
    if (key && FITTED_KEYS.includes(key)) out.push(key);
  }
  return out;
}

/** A bucket plus the weaker buckets it steps up from (STEPS_ON): the indicators the regression sees. */
export const withSteps = (buckets: readonly WeightKey[]): WeightKey[] => buckets.flatMap((k) => [...(STEPS_ON[k] ?? []), k]);

/** A bucket's points: its own increment plus those of the buckets it steps up from. */
export const bucketWeight = (increments: Partial<Record<WeightKey, number>>, key: WeightKey): number =>
  withSteps([key]).reduce((sum, k) => sum + (increments[k] ?? 0), 0);

export type LogisticFit = { intercept: number; weights: Partial<Record<WeightKey, number>> };

/**
 * Minimises the mean log-loss + l2/(2n)·Σw² by gradient descent, clamping each weight to its sign after every
 * step (projected gradient). `rows` are the fired buckets of each case.
 */
export function fitLogistic(rows: readonly (readonly WeightKey[])[], labels: readonly boolean[], keys: readonly WeightKey[], l2 = 1, steps = 20_000, rate = 0.5): LogisticFit {
  const n = rows.length;
  const index = new Map(keys.map((k, i) => [k, i]));
  const x = rows.map((r) => r.map((k) => index.get(k)).filter((i): i is number => i !== undefined));
  const w = new Array<number>(keys.length).fill(0);
  let b = 0;
  for (let step = 0; step < steps; step++) {
    const g = new Array<number>(keys.length).fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      let z = b;
      for (const j of x[i] ?? []) z += w[j] ?? 0;
      const err = 1 / (1 + Math.exp(-z)) - (labels[i] ? 1 : 0);
      gb += err;
      for (const j of x[i] ?? []) g[j] = (g[j] ?? 0) + err;
    }
    b -= (rate * gb) / n;
    for (let j = 0; j < keys.length; j++) {
      const next = (w[j] ?? 0) - (rate * ((g[j] ?? 0) + l2 * (w[j] ?? 0))) / n;
      const sign = WEIGHT_SIGN[keys[j] as WeightKey];
      w[j] = sign > 0 ? Math.max(0, next) : Math.min(0, next);
    }
  }
  return { intercept: b, weights: Object.fromEntries(keys.map((k, i) => [k, w[i] ?? 0])) };
}

export type Scored = { score: number; bot: boolean };

/** Precision of "score ≥ t" with bots weighted to make up `prior` of the set (null when nothing is selected). */
export function priorPrecision(scored: readonly Scored[], t: number, prior: number): number | null {
  const bots = scored.filter((s) => s.bot).length, reals = scored.length - bots;
  if (bots === 0 || reals === 0) return null;
  let tp = 0, fp = 0;
  for (const s of scored) if (s.score >= t) { if (s.bot) tp++; else fp++; }
  const wt = (tp * prior) / bots, wf = (fp * (1 - prior)) / reals;
  return wt + wf === 0 ? null : wt / (wt + wf);
}

export type ThresholdRule = { prior: number; botPrecision: number; flaggedPrecision: number; minBots: number };

/**
 * likelyBotAt: the lowest candidate from which every higher cut that still selects ≥ minBots bots keeps the
 * prior-weighted precision ≥ botPrecision. suspiciousAt: the lowest candidate below it whose prior-weighted
 * precision is ≥ flaggedPrecision (the most recall that precision allows). Null when no candidate qualifies.
 */
export function pickThresholds(scored: readonly Scored[], candidates: readonly number[], rule: ThresholdRule): { likelyBotAt: number | null; suspiciousAt: number | null } {
  const sorted = [...candidates].sort((a, b) => a - b);
  const botsAt = (t: number) => scored.filter((s) => s.bot && s.score >= t).length;
  let likelyBotAt: number | null = null;
  for (let i = sorted.length - 1; i >= 0; i--) {
    const t = sorted[i] as number;
    if (botsAt(t) < rule.minBots) continue;
    const p = priorPrecision(scored, t, rule.prior);
    if (p === null || p < rule.botPrecision) break;
    likelyBotAt = t;
  }
  let suspiciousAt: number | null = null;
  if (likelyBotAt !== null)
    for (const t of sorted) {
      if (t >= likelyBotAt) break;
      const p = priorPrecision(scored, t, rule.prior);
      if (p !== null && p >= rule.flaggedPrecision) { suspiciousAt = t; break; }
    }
  return { likelyBotAt, suspiciousAt };
}
