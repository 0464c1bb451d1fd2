// Every route that writes CSV (found by scanning app/**/route.ts for a CSV content type, so a new one cannot be
// missed) is called against a database whose every text column holds spreadsheet formulas; no cell of any answer
// may start with = + - @ tab or CR, and each route must show that hostile data reached it (a neutralised cell).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { Database } from "@/lib/server/db/open-database";
import { openTestDatabase } from "@/test/test-database";

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/server/auth/get-viewer", () => ({ getViewer: async () => session.viewer }));

const FORMULAS = ['=HYPERLINK("http://evil.test","x")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"];
const FORMULA_START = /^[=+\-@\t\r]/;
const APP = path.join(import.meta.dirname, "../app");

/** app/…/route.ts files whose source names a CSV content type. */
function csvRoutes(): string[] {
  return readdirSync(APP, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith("route.ts") && /text\/csv/.test(readFileSync(path.join(APP, file), "utf8")))
    .map((file) => file.split(path.sep).join("/"))
    .sort();
}

let database: Database;
let admin: Viewer;
let creator: Viewer;
let anomalyId: number;
const handle = "victim";

/** `numbers`: a route whose cells are only days and counts (no stored text reaches it): those must stay plain. */
type Call = { viewer: () => Viewer; url: string; params: Record<string, string>; numbers?: boolean };
const calls: Record<string, Call> = {
  "admin/export/route.ts": { viewer: () => admin, url: "/admin/export", params: {} },
  "admin/anomalies/[id]/export/route.ts": { viewer: () => admin, url: "/admin/anomalies/ID/export", params: { id: "ID" } },
  "dashboard/[handle]/bots/export/route.ts": { viewer: () => creator, url: `/dashboard/${handle}/bots/export`, params: { handle } },
  "dashboard/[handle]/relationships/export/route.ts": { viewer: () => creator, url: `/dashboard/${handle}/relationships/export?kind=followers`, params: { handle } },
  "dashboard/[handle]/lists/export/route.ts": { viewer: () => creator, url: `/dashboard/${handle}/lists/export?list=keep`, params: { handle } },
  "dashboard/[handle]/alerts/[id]/accounts/route.ts": { viewer: () => creator, url: `/dashboard/${handle}/alerts/ID/accounts`, params: { handle, id: "ID" } },
  "dashboard/[handle]/history/export/route.ts": { viewer: () => creator, url: `/dashboard/${handle}/history/export?chart=gain-loss`, params: { handle }, numbers: true },
};

beforeAll(async () => {
  database = await openTestDatabase();
  const p = database.prisma;
  const a = await p.user.create({ data: { email: "-admin@csv.local", passwordHash: "x", role: "ADMIN" } });
  const c = await p.user.create({ data: { email: "+creator@csv.local", passwordHash: "x" } });
  admin = { userId: a.id, email: a.email, role: "ADMIN" };
  creator = { userId: c.id, email: c.email, role: "CREATOR" };
  const account = await p.trackedAccount.create({ data: { ownerId: c.id, handle, handleKey: handle } });
  const trackedAccountId = account.id;
  const since = new Date("2026-01-01T00:00:00Z");
  // Written straight to the tables: imports would refuse these handles, but a writer must not rely on that.
  await p.relationship.createMany({ data: FORMULAS.map((f) => ({ trackedAccountId, handleKey: f.toLowerCase(), handle: f, followerSince: since })) });
  await p.botScore.createMany({
    data: FORMULAS.map((f) => ({ trackedAccountId, handleKey: f.toLowerCase(), score: 50, label: f, version: 1, scoredAt: since, reasons: [{ signal: f, value: f, weight: 1 }] })),
  });
  await p.snapshot.create({ data: { trackedAccountId, takenAt: since, source: "csv", contentHash: "h", hasFollowers: true, hasFollowing: false, followerCount: 6, followingCount: 0 } });
  await p.dailyStat.createMany({
    data: [
      { trackedAccountId, day: new Date("2025-12-31"), followers: 9, gainedFollowers: 9 },
      { trackedAccountId, day: since, followers: 6, lostFollowers: 3 },
    ],
  });
  await p.accountListEntry.createMany({ data: FORMULAS.map((f) => ({ trackedAccountId, handleKey: f.toLowerCase(), list: "keep" })) });
  const anomaly = await p.anomaly.create({
    data: {
      trackedAccountId, key: "csv-1", kind: "unexpected-unfollow", severity: "high", windowStart: since, windowEnd: since,
      summary: FORMULAS[0]!, accountCount: FORMULAS.length, evidence: { facts: [], series: null }, assigneeId: a.id,
      accounts: { create: FORMULAS.map((f) => ({ handleKey: f.toLowerCase(), handle: f, detail: f })) },
    },
  });
  anomalyId = anomaly.id;
});
afterAll(async () => database?.close());

describe("CSV downloads", () => {
  it("every CSV route is covered here", () => {
    expect(csvRoutes()).toEqual(Object.keys(calls).sort());
  });

  it.each(Object.keys(calls))("%s neutralises formula cells", async (file) => {
    const call = calls[file]!;
    session.viewer = call.viewer();
    const id = String(anomalyId);
    const params = Object.fromEntries(Object.entries(call.params).map(([k, v]) => [k, v.replace("ID", id)]));
    const route = (await import(/* @vite-ignore */ path.join(APP, file))) as { GET: (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response> };
    const response = await route.GET(new Request(`http://localhost${call.url.replace("ID", id)}`), { params: Promise.resolve(params) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    const rows = parse(await response.text(), { relax_column_count: true }) as string[][];
    const cells = rows.slice(1).flat();
    expect(cells.length).toBeGreaterThan(0);
    if (call.numbers) {
      // A loss is a plain negative number, not text: a spreadsheet must be able to sum it.
      expect(cells.filter((cell) => cell !== "" && !/^(\d{4}-\d{2}-\d{2}|-?\d+|yes|no)$/.test(cell))).toEqual([]);
      expect(cells).toContain("-3");
      return;
    }
    expect(cells.filter((cell) => FORMULA_START.test(cell))).toEqual([]);
    expect(cells.some((cell) => /^'[=+\-@\t\r]/.test(cell))).toBe(true);
  });
});
