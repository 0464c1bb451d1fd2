import type { SnapshotEntry } from "../types";
import type { HandleFactory } from "./handles-gen";
import type { Rng } from "./random";
import type { AccountKind } from "./profiles-gen";

/**
 * One follow over time: from `since` until `until` (ms; Infinity while it lasts). Its entry object is shared by
 * every snapshot that lists it, which keeps `since` identical across snapshots for free and saves allocations.
 */
export type Stint = { acc: number; since: number; until: number; entry: Readonly<SnapshotEntry> };

/** Every handle the demo invents, by dense id, so per-account state can live in flat arrays. */
export class Accounts {
  readonly handles: string[] = [];
  readonly kinds: AccountKind[] = [];
  /** earliest follow involving the account, so its profile can be made older than that */
  readonly firstSince: number[] = [];

  constructor(private readonly factory: HandleFactory) {}

  get size(): number {
    return this.handles.length;
  }

  add(kind: AccountKind): number {
    const handle =
      kind === "bot"
        ? this.factory.bot()
        : kind === "churner"
          ? this.factory.churner()
          : kind === "followee"
            ? this.factory.followee()
            : this.factory.organic();
    this.handles.push(handle);
    this.kinds.push(kind);
    this.firstSince.push(Infinity);
    return this.handles.length - 1;
  }

  /** Records a follow of `acc` starting at `since`; the caller keeps it open or sets `until` later. */
  stint(acc: number, since: number): Stint {
    if (since < (this.firstSince[acc] ?? Infinity)) this.firstSince[acc] = since;
    const handle = this.handles[acc] ?? "";
    return { acc, since, until: Infinity, entry: Object.freeze({ handle, since: new Date(since) }) };
  }
}

/** Removes and returns a random element; swap-remove, because the order of these pools carries no meaning. */
export function takeRandom<T>(pool: T[], rng: Rng): T | undefined {
  if (pool.length === 0) return undefined;
  const i = rng.int(0, pool.length - 1);
  const picked = pool[i];
  const last = pool.pop();
  if (i < pool.length && last !== undefined) pool[i] = last;
  return picked;
}
