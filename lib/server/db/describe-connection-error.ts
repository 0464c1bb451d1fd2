import { readDatabaseUrl } from "./config";

/** A failure to reach the database in one line naming DATABASE_URL (or the embedded server), else null. */
export function describeConnectionError(error: unknown, env: NodeJS.ProcessEnv = process.env): string | null {
  const text = collect(error);
  const url = readDatabaseUrl(env);
  const where = url ? `DATABASE_URL (${new URL(url).host}${new URL(url).pathname})` : "the embedded PostgreSQL";
  if (/ECONNREFUSED|Can't reach database server|connect ECONN/i.test(text)) return `Cannot reach the database at ${where}: connection refused. Is the server running?`;
  if (/ENOTFOUND|EAI_AGAIN|getaddrinfo/i.test(text)) return `Cannot reach the database at ${where}: the host name does not resolve.`;
  if (/ETIMEDOUT|timeout exceeded when trying to connect|Connection timed out/i.test(text)) return `Cannot reach the database at ${where}: the connection timed out.`;
  if (/password authentication failed|SASL|no pg_hba.conf entry/i.test(text)) return `The database at ${where} refused the user or password.`;
  if (/database "[^"]+" does not exist/i.test(text)) return `The database named in ${where} does not exist: create it first (createdb).`;
  return null;
}

function collect(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error, depth = 0; e && depth < 6; depth++) {
    parts.push(e instanceof Error ? `${(e as { code?: string }).code ?? ""} ${e.message}` : String(e));
    e = (e as { cause?: unknown }).cause;
  }
  return parts.join(" | ");
}
