import { startProcess, stopProcess, type Proc } from "../cluster/processes";

/**
 * Keeps named processes running the way a process manager would: one that exits is started again. Exits this
 * supervisor did not cause (kill -9 on purpose) are counted as crashes.
 */
export class Supervisor {
  private procs = new Map<string, { args: string[]; env: Record<string, string>; proc: Proc; killed: boolean }>();
  private timer: NodeJS.Timeout | null = null;
  crashes: string[] = [];

  start(name: string, args: string[], env: Record<string, string>) {
    this.procs.set(name, { args, env, proc: startProcess(name, args, env), killed: false });
    this.timer ??= setInterval(() => this.revive(), 200);
  }

  /** kill -9; the process is started again on the next check. */
  kill(name: string) {
    const p = this.procs.get(name)!;
    p.killed = true;
    p.proc.child.kill("SIGKILL");
  }

  private revive() {
    for (const [name, p] of this.procs) {
      if (p.proc.child.exitCode === null && p.proc.child.signalCode === null) continue;
      if (!p.killed) this.crashes.push(`${name}: ${p.proc.output.join("").slice(-600)}`);
      p.killed = false;
      p.proc = startProcess(name, p.args, p.env);
    }
  }

  async stopAll() {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await Promise.all([...this.procs.values()].map((p) => stopProcess(p.proc)));
  }
}
