import { handleKey } from "../handles";
import { Accounts, type Stint } from "./accounts";
import type { DemoOptions, DemoScript } from "./demo-types";
import { HandleFactory } from "./handles-gen";
import { planFollowers } from "./plan-followers";
import { planFollowing } from "./plan-following";
import { makeRng, mixSeed } from "./random";
import { makeSchedule, Timeline } from "./schedule";

/** Everything the generator needs: a few tens of thousands of follow intervals, never the snapshots themselves. */
export type Plan = {
  script: DemoScript;
  /** sorted by since, oldest first */
  followers: Stint[];
  following: Stint[];
  accounts: Accounts;
  timeline: Timeline;
};

// Independent random streams: drawing one more handle must not move every date after it.
const STREAM = { schedule: 1, handles: 2, timeline: 3, profiles: 4 } as const;

export function profileSeed(seed: number, acc: number): number {
  return mixSeed(mixSeed(seed, STREAM.profiles), acc);
}

function check(ok: boolean, message: string): void {
  if (!ok) throw new RangeError(`demo options: ${message}`);
}

export function buildPlan(opts: DemoOptions): Plan {
  check(Number.isFinite(opts.seed), "seed must be a finite number");
  check(Number.isInteger(opts.followers) && opts.followers >= 100, "followers must be an integer >= 100");
  check(Number.isInteger(opts.following) && opts.following >= 0, "following must be an integer >= 0");
  // two weeks is the least that leaves a quiet baseline around each planted event
  check(Number.isInteger(opts.days) && opts.days >= 14 && opts.days <= 3650, "days must be an integer in 14..3650");
  check(Number.isFinite(opts.endDate.getTime()), "endDate must be a valid date");
  const trackedKey = handleKey(opts.trackedHandle ?? "demo.creator");
  check(trackedKey !== null, "trackedHandle must not be empty");

  const timeline = new Timeline(opts.endDate.getTime(), opts.days);
  const schedule = makeSchedule(opts, timeline, makeRng(mixSeed(opts.seed, STREAM.schedule)));
  const accounts = new Accounts(new HandleFactory(makeRng(mixSeed(opts.seed, STREAM.handles)), trackedKey ?? ""));
  const rng = makeRng(mixSeed(opts.seed, STREAM.timeline));
  const followers = planFollowers(schedule, timeline, rng, accounts);
  const following = planFollowing(schedule, timeline, rng, accounts, followers.organic);
  const bySince = (a: Stint, b: Stint) => a.since - b.since;
  followers.stints.sort(bySince);
  following.sort(bySince);
  const handleOf = (acc: number) => accounts.handles[acc] ?? "";

  return {
    script: {
      viralDay: schedule.viralDay,
      massUnfollowDay: schedule.massUnfollowDay,
      botBurstDay: schedule.botBurstDay,
      botHandles: followers.bots.map(handleOf),
      churnerHandles: followers.churners.map(handleOf),
    },
    followers: followers.stints,
    following,
    accounts,
    timeline,
  };
}
