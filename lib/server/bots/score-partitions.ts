// bot_scores is partitioned by tracked account (see the migration bot_scores_by_account): a scoring run swaps in a
// partition of its own for its account, and deleting an account's data drops it.

type Query = (sql: string, values: unknown[]) => Promise<{ relname: string }[]>;

/** The names of the partitions holding these accounts' scores (at most one each). */
export async function partitionsOf(query: Query, trackedAccountIds: readonly number[]): Promise<string[]> {
  const rows = await query(
    `SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
      WHERE i.inhparent = 'bot_scores'::regclass AND pg_get_expr(c.relpartbound, c.oid) = ANY($1::text[])`,
    [trackedAccountIds.map((id) => `FOR VALUES IN (${id})`)],
  );
  return rows.map((r) => r.relname);
}
