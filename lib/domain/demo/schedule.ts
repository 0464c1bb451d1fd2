import type { Rng } from "./random";

export const DAY = 86_400_000;

/** Exports carry whole seconds. */
export const floorSecond = (ms: number) => Math.floor(ms / 1000) * 1000;

/** Snapshot i is taken at end - (last - i) days. "Day d" is the interval between snapshots d-1 and d. */
export class Timeline {
  readonly last: number;

  constructor(
    private readonly endMs: number,
    days: number,
  ) {
    this.last = days - 1;
  }

  at(i: number): number {
    return this.endMs - (this.last - i) * DAY;
  }

  /**
   * A whole-second time strictly inside day d, so a follow starting then is absent from snapshot d-1 and present
   * in snapshot d (and an unfollow then is the reverse). from/to narrow it to part of the day.
   */
  within(rng: Rng, d: number, from = 0, to = 1): number {
    const start = this.at(d - 1);
    return floorSecond(start + 1000 + rng.range(from, to) * (DAY - 2000));
  }
}

/** How many of each thing happen on each day; planning turns these counts into concrete accounts and dates. */
export type Schedule = {
  viralDay: number;
  massUnfollowDay: number;
  botBurstDay: number;
  /** how far back before snapshot 0 the account's history reaches */
  historyDays: number;
  baseFollowers: number;
  /** mean organic gain per day at the start of the window, to make the pre-history meet it smoothly */
  gainRate0: number;
  gains: number[];
  /** organic unfollows, including the mass unfollow */
  losses: number[];
  botCount: number;
  botDrops: number[];
  churnerCount: number;
  baseFollowing: number;
  follows: number[];
  unfollows: number[];
  /** target share of the creator's following that follows back */
  mutualShare: number;
};

type Targets = { followers: number; following: number };

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const bump = (arr: number[], i: number, n: number) => {
  if (i < arr.length) arr[i] = (arr[i] ?? 0) + n;
};

export function makeSchedule(targets: Targets, tl: Timeline, rng: Rng): Schedule {
  const L = tl.last;
  const zeros = () => new Array<number>(L + 1).fill(0);
  // Events sit in separate parts of the window so each has a quiet baseline around it.
  const viralDay = rng.int(Math.max(1, Math.round(L * 0.2)), Math.round(L * 0.4));
  const botBurstDay = rng.int(Math.round(L * 0.5), Math.round(L * 0.65));
  const massUnfollowDay = Math.max(botBurstDay + 1, rng.int(Math.round(L * 0.75), Math.round(L * 0.9)));

  // Exactly hitting the target would look fake; "about 25,000" is what a real account shows.
  const F = Math.round(targets.followers * rng.range(0.97, 1.03));
  // Cap the window's growth so long windows still leave most followers in the pre-history.
  const gainRate0 = Math.min(F * 0.0022, (F * 0.3) / L);
  const gains = zeros();
  for (let d = 1; d <= L; d++) {
    const dow = new Date(tl.at(d)).getUTCDay();
    const weekend = dow === 0 || dow === 6 ? 1.15 : 0.95;
    gains[d] = rng.poisson(gainRate0 * (0.85 + (0.3 * d) / L) * weekend * rng.range(0.85, 1.15));
  }
  const viralGain = Math.round(Math.max(F * rng.range(0.05, 0.07), 12 * gainRate0, 20));
  bump(gains, viralDay, viralGain);
  bump(gains, viralDay + 1, Math.round(viralGain * 0.2)); // a viral video keeps pulling for a couple of days
  bump(gains, viralDay + 2, Math.round(viralGain * 0.07));

  const botCount = clamp(Math.round(F * 0.012), 10, 600);
  const botDrops = zeros();
  // the platform removes some bought accounts over the following weeks, not all at once
  const dropped = Math.round(botCount * rng.range(0.25, 0.4));
  for (let k = 0; k < dropped; k++) bump(botDrops, Math.min(L, botBurstDay + 2 + Math.floor(rng.exponential(6))), 1);

  const lossRate = rng.range(0.0005, 0.0008);
  const massRate = rng.range(0.01, 0.014);
  const losses = zeros();
  let base = F * 0.7;
  // Losses depend on the running count, so the starting base is found by walking the window forward and
  // correcting; it converges in a few rounds because losses are a small share of the count.
  const run = (draw: boolean) => {
    let n = base;
    for (let d = 1; d <= L; d++) {
      let loss = draw ? rng.poisson(n * lossRate) : n * lossRate;
      if (d === massUnfollowDay) {
        const mass = Math.max(n * massRate, 8 * n * lossRate, 8);
        loss += draw ? Math.round(mass) : mass;
      }
      if (draw) losses[d] = loss;
      n += (gains[d] ?? 0) - loss - (botDrops[d] ?? 0) + (d === botBurstDay ? botCount : 0);
    }
    return n;
  };
  for (let round = 0; round < 4; round++) base += F - run(false);
  base = Math.round(base);
  base = Math.max(20, base + F - run(true));

  const G = Math.round(targets.following * rng.range(0.97, 1.03));
  const followRate = Math.min(G * 0.003, (G * 0.25) / L);
  const unfollowShare = rng.range(0.4, 0.6);
  const follows = zeros();
  const unfollows = zeros();
  for (let d = 1; d <= L; d++) {
    follows[d] = rng.poisson(followRate * rng.range(0.8, 1.2));
    unfollows[d] = rng.poisson(followRate * unfollowShare);
  }
  const sum = (a: number[]) => a.reduce((s, x) => s + x, 0);

  return {
    viralDay,
    massUnfollowDay,
    botBurstDay,
    historyDays: rng.int(600, 800),
    baseFollowers: base,
    gainRate0,
    gains,
    losses,
    botCount,
    botDrops,
    churnerCount: clamp(Math.round(F * 0.003), 6, 150),
    baseFollowing: Math.max(0, G - sum(follows) + sum(unfollows)),
    follows,
    unfollows,
    mutualShare: rng.range(0.45, 0.55),
  };
}
