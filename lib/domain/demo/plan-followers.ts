import { takeRandom, type Accounts, type Stint } from "./accounts";
import type { Rng } from "./random";
import { DAY, floorSecond, type Schedule, type Timeline } from "./schedule";

export type FollowerPlan = {
  stints: Stint[];
  /** organic follows only: the pool the creator follows back from */
  organic: Stint[];
  bots: number[];
  churners: number[];
};

/** Ends n random follows from `open` during day d. */
function leave(open: Stint[], n: number, d: number, tl: Timeline, rng: Rng): void {
  for (let k = 0; k < n; k++) {
    const st = takeRandom(open, rng);
    if (!st) return;
    st.until = tl.within(rng, d);
  }
}

export function planFollowers(s: Schedule, tl: Timeline, rng: Rng, accounts: Accounts): FollowerPlan {
  const stints: Stint[] = [];
  const organic: Stint[] = [];
  const follow = (acc: number, since: number) => {
    const st = accounts.stint(acc, since);
    stints.push(st);
    return st;
  };

  // The first import already shows years of follow dates (DOMAIN 2b). A power curve whose slope at snapshot 0
  // matches the window's gain rate makes growth accelerate into the window without a visible seam.
  const t0 = tl.at(0);
  const span = s.historyDays * DAY;
  const power = Math.min(4, Math.max(1.3, (s.gainRate0 * s.historyDays) / s.baseFollowers));
  // earlier videos that did well leave small clusters in the history
  const bumps = [0, 1, 2].map(() => t0 - span * rng.range(0.05, 0.55));
  for (let k = 0; k < s.baseFollowers; k++) {
    const since = rng.chance(0.08)
      ? rng.pick(bumps) + rng.exponential(2 * DAY)
      : t0 - span * (1 - Math.pow(rng.next(), 1 / power));
    organic.push(follow(accounts.add("organic"), floorSecond(Math.min(since, t0 - 1000))));
  }

  const open = organic.slice();
  const openBots: Stint[] = [];
  const bots: number[] = [];
  for (let d = 1; d <= tl.last; d++) {
    // Leavers are drawn before today's gains: someone who follows and leaves between two snapshots is invisible.
    leave(open, s.losses[d] ?? 0, d, tl, rng);
    leave(openBots, s.botDrops[d] ?? 0, d, tl, rng);
    // on the viral day the follows pour in after the video goes up, not from midnight
    const from = d === s.viralDay ? rng.range(0.1, 0.4) : 0;
    for (let k = s.gains[d] ?? 0; k > 0; k--) {
      const st = follow(accounts.add("organic"), tl.within(rng, d, from, 1));
      organic.push(st);
      open.push(st);
    }
    if (d === s.botBurstDay) {
      // bought followers arrive together, within a few hours
      const start = rng.range(0.05, 0.8);
      for (let k = 0; k < s.botCount; k++) {
        const acc = accounts.add("bot");
        bots.push(acc);
        openBots.push(follow(acc, tl.within(rng, d, start, start + 0.12)));
      }
    }
  }

  // Follow-for-follow: follow, wait 1-4 snapshots for a follow-back, leave; "flappers" come back and repeat.
  const churners: number[] = [];
  for (let c = 0; c < s.churnerCount; c++) {
    const acc = accounts.add("churner");
    churners.push(acc);
    // a fixed 2 in 5 flap, so even a small demo has some; they start early to leave room for the repeats
    const flapper = c % 5 < 2;
    const rounds = flapper ? rng.int(2, 4) : 1;
    let stay = rng.int(1, 4);
    let d = rng.int(1, Math.max(1, (flapper ? Math.floor(tl.last / 2) : tl.last) - stay));
    for (let k = 0; k < rounds && d + stay <= tl.last; k++) {
      follow(acc, tl.within(rng, d)).until = tl.within(rng, d + stay);
      d += stay + rng.int(2, 8);
      stay = rng.int(1, 4);
    }
  }

  return { stints, organic, bots, churners };
}
