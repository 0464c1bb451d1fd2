// Signals from what we saw in the tracked account's own history, not from the profile. They are the strongest
// evidence we have (a profile can be dressed up, behaviour across many accounts is hard to fake). A batch
// is weighed so that a generated-looking name (10-12) takes a member to "suspicious" (50) even with no profile
// known: that pair is all a handles-and-dates export can show of a bought delivery. No public set has follow
// behaviour, so these weights are set by hand (weights.ts), not fitted.
import type { Signal } from "./signals";
import { WEIGHTS } from "./weights";

/** A batch this big is a delivery, not a coincidence: weigh it more. */
export const LARGE_BATCH = 20;
/** One follow-then-unfollow is ordinary; twice or more is the follow-for-follow seesaw (DOMAIN §1 "flapper"). */
export const MIN_FOLLOW_CYCLES = 2;
/** Five or more cycles is a routine, not a change of mind. */
export const MANY_FOLLOW_CYCLES = 5;

export const batch: Signal = ({ input, weights = WEIGHTS }) => {
  const b = input.batch;
  if (!b) return null;
  const weight = b.size >= LARGE_BATCH ? weights.largeBatch : weights.batch;
  return {
    signal: "coordinated-batch",
    // The group's id is the value: every member carries the same one, so a page can gather the group.
    value: b.id,
    weight,
    detail: `one of ${b.size} look-alike accounts that followed within ${b.windowMinutes} minutes`,
  };
};

export const followCycles: Signal = ({ input, weights = WEIGHTS }) => {
  const n = input.followCycles;
  if (typeof n !== "number" || !Number.isFinite(n) || n < MIN_FOLLOW_CYCLES) return null;
  return {
    signal: "follow-cycles",
    value: n,
    weight: n >= MANY_FOLLOW_CYCLES ? weights.manyFollowCycles : weights.followCycles,
    detail: `followed then unfollowed ${n} times (follow-for-follow behaviour)`,
  };
};

export const behaviourSignals: readonly Signal[] = [batch, followCycles];
