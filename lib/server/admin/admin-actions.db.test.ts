// The admin pages' server actions are public endpoints: a creator can post to them without the page. They must
// refuse in the data layer, whatever the navigation shows.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { Database } from "@/lib/server/db/open-database";
import { openTestDatabase } from "@/test/test-database";

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/server/auth/get-viewer", () => ({ getViewer: async () => session.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { addNoteAction, assignAction, changeStatusAction } = await import("@/app/admin/anomalies/[id]/actions");

let database: Database;
let admin: Viewer;
let creator: Viewer;
let anomalyId: number;

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

beforeAll(async () => {
  database = await openTestDatabase();
  const p = database.prisma;
  const a = await p.user.create({ data: { email: "admin@actions.local", passwordHash: "x", role: "ADMIN" } });
  const c = await p.user.create({ data: { email: "creator@actions.local", passwordHash: "x" } });
  admin = { userId: a.id, email: a.email, role: "ADMIN" };
  creator = { userId: c.id, email: c.email, role: "CREATOR" };
  const account = await p.trackedAccount.create({ data: { ownerId: c.id, handle: "mine", handleKey: "mine" } });
  anomalyId = (
    await p.anomaly.create({
      data: {
        trackedAccountId: account.id, key: "a1", kind: "unexpected-unfollow", severity: "high", windowStart: new Date(), windowEnd: new Date(),
        summary: "s", accountCount: 1, evidence: { facts: [], series: null },
      },
    })
  ).id;
});
afterAll(async () => database?.close());

describe("admin server actions", () => {
  it("refuse a creator, even on an anomaly about the creator's own account, and change nothing", async () => {
    session.viewer = creator;
    const refused = { error: "This anomaly is not available to you." };
    expect(await changeStatusAction(anomalyId, {}, form({ to: "acknowledged" }))).toMatchObject(refused);
    expect(await assignAction(anomalyId, {}, form({ assignee: "", me: "1" }))).toMatchObject(refused);
    expect(await addNoteAction(anomalyId, {}, form({ note: "let me in" }))).toMatchObject(refused);
    const row = await database.prisma.anomaly.findUniqueOrThrow({ where: { id: anomalyId } });
    expect([row.status, row.assigneeId]).toEqual(["open", null]);
    expect(await database.prisma.anomalyEvent.count({ where: { anomalyId } })).toBe(0);
  });

  it("let an admin act, and explain a refused change", async () => {
    session.viewer = admin;
    expect(await assignAction(anomalyId, {}, form({ assignee: "", me: "1" }))).toEqual({ done: "Assigned." });
    expect(await changeStatusAction(anomalyId, {}, form({ to: "acknowledged", note: "" }))).toEqual({ done: "Status set to acknowledged." });
    expect(await changeStatusAction(anomalyId, {}, form({ to: "resolved", note: "" }))).toEqual({ error: "Write a note saying why before you resolve it.", note: "" });
    expect(await changeStatusAction(anomalyId, {}, form({ to: "closed" }))).toEqual({ error: "Choose a status." });
    expect(await addNoteAction(anomalyId, {}, form({ note: "checked" }))).toEqual({ done: "Note added." });
    expect(await addNoteAction(999_999, {}, form({ note: "checked" }))).toMatchObject({ error: "This anomaly is not available to you." });
    const row = await database.prisma.anomaly.findUniqueOrThrow({ where: { id: anomalyId } });
    expect([row.status, row.assigneeId]).toEqual(["acknowledged", admin.userId]);
  });
});
