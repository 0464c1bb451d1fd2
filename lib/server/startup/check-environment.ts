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
