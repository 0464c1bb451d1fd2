// The points each signal bucket adds to a score (negative = real-looking), on the 0..100 scale of score-account.
// FITTED weights come from `npm run fit:bots`: a sign-constrained logistic regression on the fit part (70%,
// seeded, stratified) of the public "Instagram fake/spammer/genuine accounts" table (see eval/sources/), its
// log-odds times POINTS_PER_LOGIT, rounded. HAND weights are for inputs no public set we found carries (handle
// text, account dates, follow behaviour); they keep their v2 values and are not calibrated.
export const WEIGHT_KEYS = [
  // fitted (profile fields the fit set has)
  "noAvatar", "zeroVideos", "zeroVideosPrivate", "fewVideos", "manyVideos", "lotsOfVideos",
  "massFollowing", "hugeFollowing", "ratioMild", "ratioHigh", "ratioStrong",
  "fewFollowers10", "fewFollowers50", "fewFollowers150", "establishedAudience",
  "digitHeavyHandle", "digitsInHandle", "emptyBio", "private",
  // hand (no public set to fit them on)
  "defaultHandle", "randomHandle", "shortSerial", "inactive", "youngAccount", "oldActiveAccount", "oldAccount",
  "batch", "largeBatch", "followCycles", "manyFollowCycles",
] as const;

export type WeightKey = (typeof WEIGHT_KEYS)[number];
export type Weights = Readonly<Record<WeightKey, number>>;

/** +1: a tell, its weight may not go below 0; -1: real-looking, may not go above 0. */
export const WEIGHT_SIGN: Readonly<Record<WeightKey, 1 | -1>> = {
  noAvatar: 1, zeroVideos: 1, zeroVideosPrivate: 1, fewVideos: 1, manyVideos: -1, lotsOfVideos: -1,
  massFollowing: 1, hugeFollowing: 1, ratioMild: 1, ratioHigh: 1, ratioStrong: 1,
  fewFollowers10: 1, fewFollowers50: 1, fewFollowers150: 1, establishedAudience: -1,
  digitHeavyHandle: 1, digitsInHandle: 1, emptyBio: 1, private: 1,
  defaultHandle: 1, randomHandle: 1, shortSerial: 1, inactive: 1, youngAccount: 1, oldActiveAccount: -1, oldAccount: -1,
  batch: 1, largeBatch: 1, followCycles: 1, manyFollowCycles: 1,
};

/**
 * Buckets of one signal that are steps up a scale: the fit gives each step a non-negative increment on top of
 * the buckets listed, so a stronger bucket never weighs less than a weaker one (ratio > 20 ≥ ratio > 8 ≥ > 3).
 */
export const STEPS_ON: Readonly<Partial<Record<WeightKey, readonly WeightKey[]>>> = {
  zeroVideos: ["fewVideos"], lotsOfVideos: ["manyVideos"], hugeFollowing: ["massFollowing"],
  ratioHigh: ["ratioMild"], ratioStrong: ["ratioMild", "ratioHigh"],
  fewFollowers50: ["fewFollowers150"], fewFollowers10: ["fewFollowers150", "fewFollowers50"],
  digitHeavyHandle: ["digitsInHandle"],
};

/** The keys fit:bots fits; every other key keeps its hand weight. */
export const FITTED_KEYS: readonly WeightKey[] = WEIGHT_KEYS.slice(0, WEIGHT_KEYS.indexOf("defaultHandle"));

/** Points per unit of fitted log-odds: fit:bots picks it so that the likely-bot line sits near 70. */
export const POINTS_PER_LOGIT = 15;

export const HAND_WEIGHTS = {
  defaultHandle: 12, randomHandle: 10, shortSerial: 5, inactive: 8, youngAccount: 10, oldActiveAccount: -15, oldAccount: -5,
  // v2 gave a batch 30/36 so that a generated-looking name (10-12) takes a member to "suspicious" (then 40) with no
  // profile known; the fitted suspicious line is 50, so the batch weights move up by the same 10.
  batch: 40, largeBatch: 46, followCycles: 18, manyFollowCycles: 25,
} as const satisfies Partial<Record<WeightKey, number>>;

export const WEIGHTS: Weights = {
  // FITTED by `npm run fit:bots` on the Kaggle table's fit part (488 accounts, 244 fake, seed 11): paste its output.
  noAvatar: 34, zeroVideos: 13, zeroVideosPrivate: 6, fewVideos: 6, manyVideos: -4, lotsOfVideos: -16,
  massFollowing: 12, hugeFollowing: 12, ratioMild: 19, ratioHigh: 24, ratioStrong: 26,
  fewFollowers10: 40, fewFollowers50: 38, fewFollowers150: 17, establishedAudience: -8,
  digitHeavyHandle: 43, digitsInHandle: 34, emptyBio: 19, private: 0,
  ...HAND_WEIGHTS,
};
