/**
 * Errors worth another attempt: the database went away or refused for a moment (connection lost, server restarting,
 * too many clients, a serialization or deadlock abort). Anything else (bad input, a bug) fails at once with its
 * reason: running it again would fail the same way.
 */
const TRANSIENT_CODES = new Set([
  "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN",
  "57P01", "57P02", "57P03", "53300", "40001", "40P01",
  "P1001", "P1002", "P1017", "P2024", "P2034",
]);
const TRANSIENT_MESSAGES = /connection terminated|terminating connection|Connection terminated unexpectedly|server closed the connection|the database system is (starting up|shutting down|in recovery mode|not yet accepting connections)|too many clients|Can't reach database server|timeout exceeded when trying to connect/i;

export function isTransientError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && TRANSIENT_CODES.has(code)) return true;
    const message = e instanceof Error ? e.message : typeof e === "string" ? e : "";
    if (TRANSIENT_MESSAGES.test(message)) return true;
    e = (e as { cause?: unknown }).cause ?? (e as { originalError?: unknown }).originalError;
  }
  return false;
}
