import type { SnapshotEntry } from "../../lib/domain/types";

const DAY = 86_400_000;

const syllables = ["ma", "ko", "li", "ze", "ra", "no", "bi", "tu", "sa", "ve", "di", "jo", "fe", "qu", "ha", "wy", "ex", "ca", "go", "pi", "yu", "lu", "ne", "so", "ti", "ar"];

/** Handles spread over the alphabet like real ones: two syllables picked by a hash, a separator, a number. */
export function syntheticHandle(i: number): string {
  const h = Math.imul(i + 1, 2_654_435_761) >>> 0;
  return `${syllables[h % 26]}${syllables[(h >>> 8) % 26]}${["", ".", "_"][(h >>> 16) % 3]}${i}`;
}

/** Deterministic lists for the benchmark: `followers` fans and `following` followees, half of them mutual. */
export function syntheticLists(followers: number, following: number, takenAt: Date) {
  const t = takenAt.getTime();
  const fan = (i: number): SnapshotEntry => ({ handle: syntheticHandle(i), since: new Date(t - ((i * 7919) % 900) * DAY - (i % 86_400) * 1000) });
  const followerList = Array.from({ length: followers }, (_, i) => fan(i));
  const mutual = Math.min(Math.floor(following / 2), followers);
  const followingList: SnapshotEntry[] = [
    ...followerList.slice(0, mutual).map((e) => ({ handle: e.handle, since: e.since })),
    ...Array.from({ length: following - mutual }, (_, i) => ({ handle: `star.${i.toString(36)}_${i}`, since: new Date(t - (i % 700) * DAY) })),
  ];
  return { followers: followerList, following: followingList };
}

/** The next snapshot with `share` of each list replaced: as many leave as arrive. */
export function churn(list: SnapshotEntry[], share: number, tag: string, takenAt: Date): SnapshotEntry[] {
  const n = Math.floor(list.length * share);
  const kept = list.filter((_, i) => i % Math.round(1 / share) !== 0 || i / Math.round(1 / share) >= n);
  const added = Array.from({ length: list.length - kept.length }, (_, i) => ({ handle: `${tag}_${i}`, since: new Date(takenAt.getTime() - (i % 20) * 3_600_000) }));
  return [...kept, ...added];
}
