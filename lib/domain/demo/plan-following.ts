import { takeRandom, type Accounts, type Stint } from "./accounts";
import type { Rng } from "./random";
import { DAY, floorSecond, type Schedule, type Timeline } from "./schedule";

/**
 * The creator's own following list. Mutuals come from follow-backs of real followers (never bots or churners);
 * the rest are other creators, brands and friends who do not follow back.
 */
export function planFollowing(s: Schedule, tl: Timeline, rng: Rng, accounts: Accounts, fans: Stint[]): Stint[] {
  const stints: Stint[] = [];
  const open: Stint[] = [];
  const followed = new Set<number>();
  const t0 = tl.at(0);
  const span = s.historyDays * DAY;

  // Some followers followed back will leave before the end; aim higher so the end share lands on target.
  let before = 0;
  let kept = 0;
  for (const st of fans) {
    if (st.since >= t0) continue;
    before++;
    if (st.until === Infinity) kept++;
  }
  const followBackShare = Math.min(0.95, s.mutualShare / Math.max(0.5, kept / Math.max(1, before)));

  /** A follower following at time t that the creator does not follow yet; rejection sampling is cheap here. */
  const pickFan = (t: number): Stint | undefined => {
    if (fans.length === 0) return undefined;
    for (let tries = 0; tries < 30; tries++) {
      const st = rng.pick(fans);
      if (st.since <= t && st.until > t && !followed.has(st.acc)) return st;
    }
    return undefined;
  };
  const follow = (acc: number, since: number) => {
    const st = accounts.stint(acc, since);
    stints.push(st);
    open.push(st);
    followed.add(acc);
  };

  for (let k = 0; k < s.baseFollowing; k++) {
    const fan = rng.chance(followBackShare) ? pickFan(t0) : undefined;
    if (fan) {
      // usually a follow-back soon after they followed; sometimes the creator followed first
      let since = rng.chance(0.7) ? fan.since + rng.exponential(1.5 * DAY) : fan.since - rng.exponential(4 * DAY);
      // a follow-back that would land after snapshot 0 happened somewhere in the gap instead
      if (since >= t0) since = fan.since + (t0 - fan.since) * rng.next();
      follow(fan.acc, floorSecond(Math.max(t0 - span, since)));
    } else {
      // following grows more evenly than followers: a creator follows people from day one
      follow(accounts.add("followee"), floorSecond(t0 - span * (1 - Math.pow(rng.next(), 1 / 1.5))));
    }
  }

  for (let d = 1; d <= tl.last; d++) {
    const dropped: number[] = [];
    for (let k = s.unfollows[d] ?? 0; k > 0; k--) {
      const st = takeRandom(open, rng);
      if (!st) break;
      st.until = tl.within(rng, d);
      dropped.push(st.acc);
    }
    for (let k = s.follows[d] ?? 0; k > 0; k--) {
      const fan = rng.chance(followBackShare) ? pickFan(tl.at(d - 1)) : undefined;
      follow(fan ? fan.acc : accounts.add("followee"), tl.within(rng, d));
    }
    // Freed only after today's follows, so nobody is re-followed on the day they were unfollowed: the two
    // random times could otherwise put the new follow before the old one ended.
    for (const acc of dropped) followed.delete(acc);
  }
  return stints;
}
