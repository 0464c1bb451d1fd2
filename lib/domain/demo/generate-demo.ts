import type { AccountProfileInput, SnapshotEntry, SnapshotInput } from "../types";
import type { Stint } from "./accounts";
import { buildPlan, profileSeed } from "./plan";
import { makeProfile } from "./profiles-gen";
import { makeRng } from "./random";
import type { DemoOptions, DemoScript } from "./demo-types";

export type { DemoOptions, DemoScript };

export const defaultDemoOptions = (endDate: Date): DemoOptions => ({
  seed: 1,
  followers: 25_000,
  following: 1_500,
  days: 120,
  endDate,
  trackedHandle: "demo.creator",
});

export function planDemo(opts: DemoOptions): DemoScript {
  return buildPlan(opts).script;
}

/**
 * Yields one SnapshotInput per day, oldest first. Lazy: only the follow intervals are planned up front; each
 * snapshot's lists are cut from them when asked for.
 *
 * Entry objects (and their `since` dates) are frozen and shared between snapshots: treat them as read-only.
 */
export function* generateDemoSnapshots(opts: DemoOptions): Generator<SnapshotInput> {
  const { accounts, timeline, followers, following } = buildPlan(opts);
  const profiled = new Uint8Array(accounts.size);

  for (let i = 0; i <= timeline.last; i++) {
    const t = timeline.at(i);
    const profiles: AccountProfileInput[] = [];
    const listAt = (stints: readonly Stint[]): SnapshotEntry[] => {
      const out: SnapshotEntry[] = [];
      // newest first, as the platform lists them
      for (let k = stints.length - 1; k >= 0; k--) {
        const st = stints[k];
        if (!st || st.since > t || st.until <= t) continue;
        out.push(st.entry);
        if (profiled[st.acc] === 0) {
          profiled[st.acc] = 1;
          const kind = accounts.kinds[st.acc] ?? "organic";
          const rng = makeRng(profileSeed(opts.seed, st.acc));
          profiles.push(makeProfile(kind, st.entry.handle, rng, accounts.firstSince[st.acc] ?? st.since, t));
        }
      }
      return out;
    };
    const followerList = listAt(followers);
    const followingList = listAt(following);
    yield { takenAt: new Date(t), source: "demo", followers: followerList, following: followingList, profiles };
  }
}
