// The dashboard's upload route meets hostile requests with a clear answer, never a 5xx: a body declared far past the
// limit is refused before any of it is read or stored, a file time out of range is ignored, and an upload name
// carrying control characters is kept clean.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { Database } from "@/lib/server/db/open-database";
import { openTestDatabase } from "@/test/test-database";

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/server/auth/get-viewer", () => ({ getViewer: async () => session.viewer }));

const { POST } = await import("@/app/api/accounts/[handle]/imports/route");

let database: Database;
let uploads: string;
const handle = "uploader";
const params = Promise.resolve({ handle });
const tiktok = JSON.stringify({ Activity: { "Follower List": { FansList: [{ UserName: "anna", Date: "2025-01-02 10:00:00" }] } } });

beforeAll(async () => {
  uploads = mkdtempSync(path.join(os.tmpdir(), "followlens-upload-route-"));
  process.env.FOLLOWLENS_UPLOAD_DIR = uploads;
  database = await openTestDatabase();
  const user = await database.prisma.user.create({ data: { email: "uploader@test.local", passwordHash: "x" } });
  await database.prisma.trackedAccount.create({ data: { ownerId: user.id, handle, handleKey: handle } });
  session.viewer = { userId: user.id, email: user.email, role: "CREATOR" };
});
afterAll(async () => {
  await database?.close();
  rmSync(uploads, { recursive: true, force: true });
});

/** A body that would go on for `total` bytes, counting what the route reads of it. */
function endlessBody(total: number) {
  const read = { bytes: 0 };
  const chunk = new Uint8Array(1 << 20).fill(0x20);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (read.bytes >= total) return controller.close();
      read.bytes += chunk.length;
      controller.enqueue(chunk);
    },
  });
  return { stream, read };
}

const post = (body: BodyInit, headers: Record<string, string>) =>
  POST(new Request(`http://localhost/api/accounts/${handle}/imports`, { method: "POST", body, headers, duplex: "half" } as RequestInit), { params });

describe("POST /api/accounts/[handle]/imports", () => {
  it("answers 413 to a 2 GB upload before reading or storing any of it", async () => {
    const { stream, read } = endlessBody(2 * 1024 ** 3);
    const response = await post(stream, { "content-length": String(2 * 1024 **3), "x-file-name": "huge.zip" });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: { code: "too-large", message: "The file is 2 GB; the limit is 512 MB" } });
    expect(read.bytes).toBeLessThanOrEqual(1 << 20);
    expect(readdirSync(uploads)).toEqual([]);
    expect(await database.prisma.import.count()).toBe(0);
  });

  it("ignores a file time no date can hold", async () => {
    const response = await post(tiktok.replace("anna", "bob"), { "x-file-name": "user_data.json", "x-file-modified": "1e20" });
    expect(response.status).toBe(202);
    const { importId } = (await response.json()) as { importId: number };
    expect((await database.prisma.import.findUniqueOrThrow({ where: { id: importId } })).exportedAt).toBeNull();
  });

  it("keeps an upload named with control characters, cleaned", async () => {
    const response = await post(tiktok, { "x-file-name": encodeURIComponent("user_data\u0000\u001b.json") });
    expect(response.status).toBe(202);
    const { importId } = (await response.json()) as { importId: number };
    const row = await database.prisma.import.findUniqueOrThrow({ where: { id: importId } });
    expect(row.fileName).toBe("user_data\uFFFD\uFFFD.json");
  });
});
