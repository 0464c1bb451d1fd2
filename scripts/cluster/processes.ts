// Processes for the scale-out spec, the load test and the chaos run: web instances (`next start`) and workers (`scripts/worker.ts`) on one database.
import { spawn, type ChildProcess } from "node:child_process";

export type Proc = { name: string; child: ChildProcess; output: string[] };

export function startProcess(name: string, args: string[], env: Record<string, string>): Proc {
  const child = spawn(args[0]!, args.slice(1), { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  return { name, child, output };
}

export const startWeb = (port: number, env: Record<string, string>) =>
  startProcess(`web:${port}`, [process.execPath, "node_modules/next/dist/bin/next", "start", "-p", String(port)], env);
/** `npm start`'s web server: `processes` next-server processes sharing one port (scripts/web.ts). */
export const startWebCluster = (port: number, processes: number, env: Record<string, string>) =>
  startProcess(`web:${port}`, [process.execPath, "--import", "tsx", "scripts/web.ts"], { ...env, PORT: String(port), FOLLOWLENS_WEB_PROCESSES: String(processes) });
export const startWorkerProcess = (name: string, env: Record<string, string>) =>
  startProcess(name, [process.execPath, "--import", "tsx", "--conditions=react-server", "scripts/worker.ts"], env);

export async function stopProcess(proc: Proc, signal: NodeJS.Signals = "SIGTERM") {
  if (proc.child.exitCode !== null || proc.child.signalCode !== null) return;
  const exited = new Promise((resolve) => proc.child.once("exit", resolve));
  proc.child.kill(signal);
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 40_000))]);
}

export async function waitUntil<T>(what: string, check: () => Promise<T | null | undefined | false>, timeoutMs = 120_000, everyMs = 200): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => null);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
