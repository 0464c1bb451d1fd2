import net from "node:net";

/**
 * Why the web server must not start without a session secret, in one line; null when one is set. `npm start`
 * keeps a generated one beside the embedded data, so this only meets a deployment that runs `next start` itself.
 */
export function authSecretProblem(env: NodeJS.ProcessEnv): string | null {
  const secret = env.NEXTAUTH_SECRET || env.AUTH_SECRET;
  if (!secret) {
    return "NEXTAUTH_SECRET is not set: session cookies cannot be signed. Set it (the same on every instance) to a long random string, e.g. `openssl rand -base64 32`.";
  }
  if (secret.length < 16) return `NEXTAUTH_SECRET is ${secret.length} characters long: use at least 16 random characters (e.g. \`openssl rand -base64 32\`).`;
  return null;
}

/** Why the server cannot listen on PORT, in one line; null when it can (checked by listening and letting go). */
export async function portProblem(value: string): Promise<string | null> {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port < 1 || port > 65_535) return `PORT must be a number from 1 to 65535, not "${value}".`;
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") resolve(`port ${port} is already in use (another Followlens or server?): stop it, or start on another with PORT=${port + 1} npm start.`);
      else if (error.code === "EACCES") resolve(`port ${port} needs more privileges than this user has: choose one above 1023 with PORT.`);
      else resolve(`port ${port} cannot be opened: ${error.message}`);
    });
    server.listen(port, () => server.close(() => resolve(null)));
  });
}

/** The most web processes `npm start` runs by default: beyond four, memory (≈200 MB each) buys little on one machine. */
export const DEFAULT_WEB_PROCESSES_CAP = 4;

/**
 * How many web processes share the port: FOLLOWLENS_WEB_PROCESSES, or one per core up to the cap. Returns a
 * one-line problem for a value that is not a whole number from 1 to 64.
 */
export function webProcessCount(env: NodeJS.ProcessEnv, cores: number): number | string {
  const value = env.FOLLOWLENS_WEB_PROCESSES?.trim();
  if (!value) return Math.max(1, Math.min(cores, DEFAULT_WEB_PROCESSES_CAP));
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > 64) return `FOLLOWLENS_WEB_PROCESSES must be a whole number from 1 to 64, not "${value}".`;
  return n;
}
