// Paging through rows sorted by a ranked column (severity high → low, status open → dismissed) with Prisma alone:
// the database orders those words alphabetically, so the page is read group by group, each in its own order.

export type GroupSlice<G> = { group: G; skip: number; take: number };

/** Which slice of each group (already in rank order, with its count) one page of `take` rows from `skip` covers. */
export function planGroupedPage<G>(groups: { group: G; count: number }[], skip: number, take: number): GroupSlice<G>[] {
  const slices: GroupSlice<G>[] = [];
  let offset = skip;
  let left = take;
  for (const { group, count } of groups) {
    if (left <= 0) break;
    if (offset >= count) {
      offset -= count;
      continue;
    }
    const n = Math.min(count - offset, left);
    slices.push({ group, skip: offset, take: n });
    left -= n;
    offset = 0;
  }
  return slices;
}
