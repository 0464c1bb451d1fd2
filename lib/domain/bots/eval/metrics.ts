// Ranking and threshold metrics for the labelled evaluation. Pure functions over plain arrays.

/**
 * Area under the ROC curve = probability that a random bot scores above a random real account, ties counting
 * half (Mann–Whitney U from average ranks). Scores are coarse points, so ties are common and must not be broken
 * by input order. Null when one of the classes is empty (the AUC is undefined there, not 0.5).
 */
export function rocAuc(scores: number[], labels: boolean[]): number | null {
  if (scores.length !== labels.length) throw new RangeError(`${scores.length} scores but ${labels.length} labels`);
  const order = scores.map((_, i) => i).sort((a, b) => (scores[a] ?? 0) - (scores[b] ?? 0));
  let positives = 0, rankSum = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    const value = scores[order[i] ?? 0];
    while (j < order.length && scores[order[j] ?? 0] === value) j++;
    const averageRank = (i + 1 + j) / 2; // ranks i+1 .. j share their mean
    for (let k = i; k < j; k++) if (labels[order[k] ?? 0]) { positives++; rankSum += averageRank; }
    i = j;
  }
  const negatives = scores.length - positives;
  if (positives === 0 || negatives === 0) return null;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

export type Labelled = { bot: boolean };

/** Share of bots among the items the predicate selects; null when it selects nothing. */
export function precisionAt<T extends Labelled>(labelled: readonly T[], predicate: (item: T) => boolean): number | null {
  let selected = 0, bots = 0;
  for (const item of labelled) if (predicate(item)) { selected++; if (item.bot) bots++; }
  return selected === 0 ? null : bots / selected;
}

/** Share of all bots that the predicate selects; null when there are no bots. */
export function recallAt<T extends Labelled>(labelled: readonly T[], predicate: (item: T) => boolean): number | null {
  let bots = 0, found = 0;
  for (const item of labelled) if (item.bot) { bots++; if (predicate(item)) found++; }
  return bots === 0 ? null : found / bots;
}
