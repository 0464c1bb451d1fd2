// Is a count a spike against an account's own history? Median and MAD (median absolute deviation) rather than
// mean and standard deviation: one earlier spike in the history barely moves them, so it does not hide the next.

/** MAD × 1.4826 estimates the standard deviation of normally distributed data. */
const MAD_TO_SD = 1.4826;
/** How many spreads above the usual a value must be: about 4 σ, so accounts checked daily rarely raise a false alarm. */
const SPREADS = 4;
/** At least this many more per day than usual: a 50-follower account losing 3 in a day is ordinary noise. */
const MIN_EXCESS = 10;
/**
 * At least this share of the usual level more (1: at least twice the usual): for a large account a few hundred
 * more than a steady high churn is not a "mass" event, however tight its history is.
 */
const MIN_RELATIVE_EXCESS = 1;

export type Baseline = { median: number; spread: number; threshold: number };

export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The usual level of a history of per-day counts, its spread and the line a spike must cross. The spread is floored
 * at √median (the noise of counts of independent events, like follows, grows as their square root) and at 1, so a
 * flat history — all zeros, or exactly 200 every day — does not make the smallest rise a spike.
 */
export function robustBaseline(history: number[]): Baseline {
  const m = median(history);
  const mad = median(history.map((v) => Math.abs(v - m))) * MAD_TO_SD;
  const spread = Math.max(mad, Math.sqrt(m), 1);
  return { median: m, spread, threshold: m + Math.max(SPREADS * spread, MIN_EXCESS, m * MIN_RELATIVE_EXCESS) };
}

/**
 * How far above the line a value is: 0 below it, 1 just over it, 2 when its excess over the usual level is twice
 * the line's, and so on (severity reads it).
 */
export function spikeStrength(value: number, b: Baseline): number {
  if (value <= b.threshold) return 0;
  return (value - b.median) / (b.threshold - b.median);
}
