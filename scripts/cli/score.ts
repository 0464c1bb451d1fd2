// `npm run cli -- score [--input FILE] [--now ISO]`: bot-likeness scores for JSON lines of account profiles.
// Streams: one line in, one line out, in input order; a bad line becomes {"line": N, "error": ...} in its place
// and the rest still score. Never holds the whole input.
import { once } from "node:events";
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { parseIsoDate, parseScoreLine } from "../../lib/domain/bots/score-line";
import { scoreAccount } from "../../lib/domain/bots/score-account";

const FLUSH_CHARS = 64 * 1024;

export type ScoreIo = { stdin: NodeJS.ReadableStream; stdout: NodeJS.WritableStream; now?: Date };

export async function scoreCommand(args: string[], io?: ScoreIo): Promise<void> {
  const { values } = parseArgs({ args, options: { input: { type: "string" }, now: { type: "string" } } });
  let now = io?.now ?? new Date();
  if (values.now !== undefined) {
    const parsed = parseIsoDate(values.now);
    if (!parsed) throw new Error(`--now must be an ISO date, got ${JSON.stringify(values.now)}`);
    now = parsed;
  }
  const stdout = io?.stdout ?? process.stdout;
  const input = values.input !== undefined ? createReadStream(values.input, { encoding: "utf8" }) : (io?.stdin ?? process.stdin);
  const lines = createInterface({ input, crlfDelay: Infinity });

  let lineNumber = 0;
  let pending: string[] = [];
  let pendingChars = 0;
  // One write per line costs more than scoring it; batches of ~64 KB keep memory bounded all the same.
  const flush = async () => {
    if (pending.length === 0) return;
    const chunk = pending.join("");
    pending = [];
    pendingChars = 0;
    // Respect backpressure so a slow consumer (a pipe, a file) never makes us buffer the whole output.
    if (!stdout.write(chunk)) await once(stdout, "drain");
  };
  for await (const rawLine of lines) {
    lineNumber++;
    // A byte order mark before the first line (editors on Windows) is not part of the JSON.
    const text = lineNumber === 1 && rawLine.charCodeAt(0) === 0xfeff ? rawLine.slice(1) : rawLine;
    if (text.trim() === "") continue; // skipped, but still counted so error line numbers match the file
    const parsed = parseScoreLine(text);
    let out: string;
    if (parsed.ok) {
      const result = scoreAccount(parsed.input, now);
      out = JSON.stringify({ ...parsed.raw, botScore: result.score, botLabel: result.label, botConfidence: result.confidence, botReasons: result.reasons, botScoreVersion: result.version });
    } else {
      out = JSON.stringify({ line: lineNumber, error: parsed.error });
    }
    pending.push(`${out}\n`);
    pendingChars += out.length + 1;
    if (pendingChars >= FLUSH_CHARS) await flush();
  }
  await flush();
}
