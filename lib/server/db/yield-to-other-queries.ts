/**
 * Lets queries that wait for the database connection go first. The embedded database has one connection, and a
 * loop that issues its next query as soon as the last one ends takes it again before a waiting page request wakes
 * up: a rescoring of a million followers kept every page waiting for its whole 40 s. A turn of the event loop
 * between batches hands the connection over.
 */
export function yieldToOtherQueries(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
