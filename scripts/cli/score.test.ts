import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { LIKELY_BOT_AT } from "../../lib/domain/bots/score-account";
import { BOT_SCORE_VERSION } from "../../lib/domain/bots/types";
import { scoreCommand } from "./score";

const NOW = new Date("2025-06-01T00:00:00Z");

async function run(input: string, args: string[] = []) {
  const stdout = new PassThrough();
  const chunks: string[] = [];
  stdout.on("data", (chunk: Buffer) => chunks.push(chunk.toString("utf8")));
  await scoreCommand(args, { stdin: Readable.from([input]), stdout, now: NOW });
  stdout.end();
  return chunks.join("").split("\n").filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
}

const farm = '{"handle":"user7382910456","followerCount":3,"followingCount":4800,"videoCount":0,"hasAvatar":false,"bioLength":0,"accountCreatedAt":"2025-05-20T00:00:00Z"}';
const creator = '{"handle":"jessica.miller","followerCount":48000,"followingCount":310,"videoCount":230,"hasAvatar":true,"lastPostAt":"2025-05-30","accountCreatedAt":"2021-01-01","note":"kept"}';

describe("scoreCommand", () => {
  it("scores good lines in input order, echoing the input fields as given", async () => {
    const out = await run(`${farm}\n${creator}\n`);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ handle: "user7382910456", accountCreatedAt: "2025-05-20T00:00:00Z", botLabel: "likely-bot", botConfidence: "high", botScoreVersion: BOT_SCORE_VERSION });
    expect(out[0]?.botScore).toBeGreaterThanOrEqual(LIKELY_BOT_AT);
    expect(out[1]).toMatchObject({ handle: "jessica.miller", note: "kept", botScore: 0, botLabel: "likely-real" });
    expect(Array.isArray(out[1]?.botReasons)).toBe(true);
  });

  it.each([
    { name: "malformed JSON", line: '{"handle": "a", "followerCount": ', error: /^invalid JSON: / },
    { name: "wrong-typed field", line: '{"handle":"a","followingCount":"many"}', error: /^followingCount must be a whole number >= 0 or null, got "many"$/ },
    { name: "missing handle", line: '{"followerCount":3,"hasAvatar":false,"videoCount":0}', error: /^handle is required$/ },
    { name: "bad date", line: '{"handle":"a","lastPostAt":"yesterday"}', error: /^lastPostAt is not a valid ISO date: "yesterday"$/ },
  ])("reports a $name at its position and keeps scoring", async ({ line, error }) => {
    const out = await run(`${farm}\n${line}\n${creator}`);
    expect(out.map((o) => o.handle ?? `line ${String(o.line)}`)).toEqual(["user7382910456", "line 2", "jessica.miller"]);
    expect(Object.keys(out[1] ?? {})).toEqual(["line", "error"]);
    expect(out[1]?.error).toMatch(error);
  });

  it("skips blank lines but counts them, handles CRLF and a BOM, and says unknown when nothing is known", async () => {
    const out = await run(`\uFEFF${farm}\r\n\r\n   \r\n{"handle":"lena.k"}\r\nnot json\r\n`);
    expect(out.map((o) => o.line ?? o.botLabel)).toEqual(["likely-bot", "unknown", 5]);
    expect(out[1]).toMatchObject({ botScore: null, botConfidence: null });
  });

  it("keeps order over many lines", async () => {
    const lines = Array.from({ length: 2000 }, (_, i) => (i % 7 === 3 ? "{bad" : `{"handle":"acct${i}","followerCount":${i},"videoCount":0,"hasAvatar":true}`));
    const out = await run(lines.join("\n"));
    expect(out).toHaveLength(2000);
    out.forEach((o, i) => expect(i % 7 === 3 ? o.line : o.handle).toBe(i % 7 === 3 ? i + 1 : `acct${i}`));
  });

  it("reads --input FILE and honours --now", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "score-"));
    try {
      const file = path.join(dir, "in.jsonl");
      writeFileSync(file, `${farm}\n`);
      const [later] = await run("", ["--input", file, "--now", "2027-01-01"]);
      expect(later?.botReasons).not.toContainEqual(expect.objectContaining({ signal: "young-account" }));
      await expect(run("", ["--input", path.join(dir, "missing.jsonl")])).rejects.toThrow(/ENOENT/);
      await expect(run("", ["--now", "soon"])).rejects.toThrow(/--now must be an ISO date/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
