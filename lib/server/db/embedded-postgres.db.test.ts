import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { isAlive, type EmbeddedRuntime } from "./config";
import { startEmbeddedPostgres } from "./embedded-postgres";

// The embedded server's own life cycle; once is enough (the other project runs on the machine's PostgreSQL).
// mkdtemp makes a private (700) folder, which the `postgres` user a root process runs the server as cannot search.
const dir = mkdtempSync(path.join(os.tmpdir(), "followlens-embedded-test-"));
const shared = mkdtempSync(path.join(os.tmpdir(), "followlens-embedded-shared-"));
chmodSync(shared, 0o755);
process.env.FOLLOWLENS_PG_SHARED_DIR = shared;
const envFor = (name: string) => ({ ...process.env, FOLLOWLENS_PG_DIR: path.join(dir, name), FOLLOWLENS_PG_PORT: "" });
const version = async (url: string) => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ server_version: string }>("SHOW server_version")).rows[0]!.server_version;
  } finally {
    await client.end();
  }
};

afterAll(() => {
  for (const d of [dir, shared]) rmSync(d, { recursive: true, force: true });
});

describe.runIf(process.env.TEST_DB === "embedded")("embedded PostgreSQL", () => {
  it("starts a PostgreSQL 18 on loopback, shares it with a second process of this checkout, and stops it", async () => {
    const env = envFor("shared");
    const first = await startEmbeddedPostgres(() => {}, env);
    expect(new URL(first.url).hostname).toBe("127.0.0.1");
    expect(await version(first.url)).toMatch(/^18\./);
    const second = await startEmbeddedPostgres(() => {}, env);
    expect(second).toMatchObject({ url: first.url, adopted: false });
    await second.stop();
    expect(await version(first.url)).toMatch(/^18\./);
    const runtime = JSON.parse(readFileSync(`${env.FOLLOWLENS_PG_DIR}.json`, "utf8")) as EmbeddedRuntime;
    await first.stop();
    expect(isAlive(runtime.postmasterPid)).toBe(false);
    expect(existsSync(`${env.FOLLOWLENS_PG_DIR}.json`)).toBe(false);
  });

  it("adopts a server whose starting process died (kill -9) and stops it; the data is still there", async () => {
    const env = envFor("orphan");
    const first = await startEmbeddedPostgres(() => {}, env);
    const client = new pg.Client({ connectionString: first.url });
    await client.connect();
    await client.query("CREATE TABLE kept (n int); INSERT INTO kept VALUES (42)");
    await client.end();
    // As `kill -9` of `npm start` leaves it: the server runs on, its owner is gone.
    const file = `${env.FOLLOWLENS_PG_DIR}.json`;
    const runtime = JSON.parse(readFileSync(file, "utf8")) as EmbeddedRuntime;
    writeFileSync(file, JSON.stringify({ ...runtime, ownerPid: 2 ** 22 + 12345 }));
    const adopted = await startEmbeddedPostgres(() => {}, env);
    expect(adopted).toMatchObject({ url: first.url, adopted: true });
    await adopted.stop();
    expect(isAlive(runtime.postmasterPid)).toBe(false);
    const again = await startEmbeddedPostgres(() => {}, env);
    const check = new pg.Client({ connectionString: again.url });
    await check.connect();
    expect((await check.query("SELECT n FROM kept")).rows).toEqual([{ n: 42 }]);
    await check.end();
    await again.stop();
  });

  it.runIf(process.getuid?.() === 0)("as root in a private folder: the data lives in the shared folder behind .data's symlink", async () => {
    const env = envFor("private");
    const server = await startEmbeddedPostgres(() => {}, env);
    try {
      expect(lstatSync(env.FOLLOWLENS_PG_DIR).isSymbolicLink()).toBe(true);
      expect(realpathSync(env.FOLLOWLENS_PG_DIR).startsWith(path.join(shared, "clusters"))).toBe(true);
      expect(readFileSync(path.join(env.FOLLOWLENS_PG_DIR, "PG_VERSION"), "utf8").trim()).toBe("18");
      expect(await version(server.url)).toMatch(/^18\./);
    } finally {
      await server.stop();
    }
    // and it starts again from the same data
    const again = await startEmbeddedPostgres(() => {}, env);
    expect(await version(again.url)).toMatch(/^18\./);
    await again.stop();
  });

  it("refuses a data folder of another PostgreSQL major version, naming what to do", async () => {
    const env = envFor("old");
    mkdirSync(env.FOLLOWLENS_PG_DIR, { recursive: true });
    writeFileSync(path.join(env.FOLLOWLENS_PG_DIR, "PG_VERSION"), "15\n");
    await expect(startEmbeddedPostgres(() => {}, env)).rejects.toThrow(/holds a PostgreSQL 15 database; the embedded server is PostgreSQL 18.*pg_dump/);
  });

  it("says the port is taken when FOLLOWLENS_PG_PORT is in use", async () => {
    const holder = await startEmbeddedPostgres(() => {}, envFor("holder"));
    const port = new URL(holder.url).port;
    try {
      await expect(startEmbeddedPostgres(() => {}, { ...envFor("clash"), FOLLOWLENS_PG_PORT: port })).rejects.toThrow(new RegExp(`port ${port} is taken`));
    } finally {
      await holder.stop();
    }
  });
});
