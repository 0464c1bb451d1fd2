import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/lib/server/db/open-database";
import { applySnapshot } from "@/lib/server/snapshots/apply-snapshot";
import { openTestDatabase } from "@/test/test-database";
import { anomaliesCommand } from "./anomalies";

let database: Database;
const DAY = 86_400_000;
const day = (n: number) => new Date(Date.UTC(2026, 4, 1, 12) + n * DAY);

beforeAll(async () => {
  database = await openTestDatabase();
  const p = database.prisma;
  const owner = await p.user.create({ data: { email: "cli@test.local", passwordHash: "x" } });
  const tid = (await p.trackedAccount.create({ data: { ownerId: owner.id, handle: "Cli.Creator", handleKey: "cli.creator" } })).id;
  for (let n = 0; n < 4; n += 1) {
    const following = n < 3 ? ["Kept.One", "kept_two", "other"] : ["other"];
    await applySnapshot(p, tid, { takenAt: day(n), source: "test", followers: [{ handle: "fan", since: null }], following: following.map((handle) => ({ handle, since: null })) });
  }
  await p.accountListEntry.createMany({ data: ["kept.one", "kept_two"].map((handleKey) => ({ trackedAccountId: tid, handleKey, list: "keep", addedAt: day(0) })) });
});
afterAll(async () => database?.close());

async function run(args: string[]) {
  const out: string[] = [];
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    out.push(String(chunk));
    return true;
  });
  try {
    await anomaliesCommand(args);
  } finally {
    spy.mockRestore();
  }
  return out.join("").split("\n").filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe("npm run cli -- anomalies", () => {
  it("prints nothing before the detectors ran, then one JSON line per anomaly with the handles involved", async () => {
    expect(await run(["--account", "cli.creator", "--format", "jsonl"])).toEqual([]);
    const lines = await run(["--account", "CLI.creator", "--format", "jsonl", "--detect"]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      kind: "unexpected-unfollow",
      severity: expect.stringMatching(/^(low|medium|high)$/),
      status: "open",
      windowStart: day(2).toISOString(),
      windowEnd: day(3).toISOString(),
      accounts: ["Kept.One", "kept_two"],
    });
  });

  it("refuses another format and an unknown account with a clear message", async () => {
    await expect(run(["--account", "cli.creator", "--format", "csv"])).rejects.toThrow("--format must be jsonl");
    await expect(run(["--account", "nobody", "--format", "jsonl"])).rejects.toThrow('No tracked account "nobody"');
  });
});
