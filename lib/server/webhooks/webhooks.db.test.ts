import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { Database } from "@/lib/server/db/open-database";
import { verifyWebhook } from "@/lib/domain/webhooks/sign-webhook";
import { openTestDatabase } from "@/test/test-database";
import { enqueueJob } from "../jobs/enqueue-job";
import { runJobsUntilIdle } from "../worker/run-jobs-until-idle";
import { runMaintenance } from "../worker/maintenance";
import { deliverDueWebhooks } from "./deliver-due-webhooks";
import { enqueueWebhookDeliveries } from "./enqueue-webhook-deliveries";
import { getWebhook } from "./get-webhook";
import { listWebhookDeliveries } from "./list-webhook-deliveries";
import { removeWebhook } from "./remove-webhook";
import { saveWebhook } from "./save-webhook";
import { sendTestWebhook } from "./send-test-webhook";

type Received = { headers: IncomingMessage["headers"]; body: string; path: string };

let database: Database;
let server: Server;
let base: string;
/** what the receiver answers next, in order; then 200 */
let answers: number[] = [];
let received: Received[] = [];
let seq = 0;

beforeAll(async () => {
  database = await openTestDatabase();
  server = createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (c: string) => (body += c));
    req.on("end", () => {
      received.push({ headers: req.headers, body, path: req.url ?? "" });
      res.statusCode = answers.shift() ?? 200;
      res.end(res.statusCode >= 300 ? "receiver is down" : "ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await database?.close();
});
beforeEach(() => {
  answers = [];
  received = [];
});

async function creatorWithAnomaly(withWebhook = true) {
  seq += 1;
  const user = await database.prisma.user.create({ data: { email: `hooks${seq}@test.local`, passwordHash: "x" } });
  const viewer: Viewer = { userId: user.id, email: user.email, role: "CREATOR" };
  const handle = `hooked_${seq}`;
  const tracked = await database.prisma.trackedAccount.create({ data: { ownerId: user.id, handle, handleKey: handle } });
  const anomaly = await database.prisma.anomaly.create({
    data: {
      trackedAccountId: tracked.id, kind: "unexpected-unfollow", key: `k${seq}`, severity: "medium",
      windowStart: new Date(Date.UTC(2026, 4, 3)), windowEnd: new Date(Date.UTC(2026, 4, 4)),
      summary: "2 accounts on your keep list disappeared", accountCount: 2, evidence: { facts: [], series: null },
      accounts: { create: [{ handleKey: "b.one", handle: "B.One" }, { handleKey: "a.two", handle: "a.two" }] },
    },
  });
  let secret: string | null = null;
  if (withWebhook) {
    const saved = await saveWebhook(viewer, `${base}/hook/${seq}`);
    if (!saved.ok) throw new Error(saved.message);
    secret = saved.secret;
  }
  return { viewer, handle, anomalyId: anomaly.id, secret: secret! };
}

const at = (ms: number) => () => new Date(ms);
const deliver = (nowMs: number) => deliverDueWebhooks(database.prisma, { now: at(nowMs), baseUrl: "https://fl.example" });
const delivery = (anomalyId: number) => database.prisma.webhookDelivery.findFirstOrThrow({ where: { anomalyId } });

describe("webhook settings", () => {
  it("shows the secret once, keeps it when the URL changes, and refuses a URL that is not allowed", async () => {
    const { viewer, secret } = await creatorWithAnomaly();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(await getWebhook(viewer)).toMatchObject({ url: expect.stringContaining("/hook/"), secretHint: `${secret.slice(0, 10)}…` });
    expect(await saveWebhook(viewer, `${base}/moved`)).toEqual({ ok: true, url: `${base}/moved`, secret: null });
    expect((await database.prisma.webhook.findUniqueOrThrow({ where: { userId: viewer.userId } })).secret).toBe(secret);
    expect(await saveWebhook(viewer, "http://hooks.example.com/x")).toMatchObject({ ok: false, message: expect.stringMatching(/https/) });
    expect(await saveWebhook(viewer, "https://169.254.169.254/")).toMatchObject({ ok: false });
    expect((await getWebhook(viewer))?.url).toBe(`${base}/moved`);
  });

  it("sends a signed test event and says what the receiver answered", async () => {
    const { viewer, secret, handle } = await creatorWithAnomaly();
    const now = new Date();
    expect(await sendTestWebhook(viewer, now)).toEqual({ ok: true, status: 200, error: null });
    const [got] = received;
    expect(verifyWebhook(secret, got!.body, String(got!.headers["followlens-signature"]), now)).toMatchObject({ ok: true });
    expect(JSON.parse(got!.body)).toMatchObject({ type: "webhook.test", anomaly: { account: handle } });
    answers = [503];
    expect(await sendTestWebhook(viewer, now)).toEqual({ ok: false, status: 503, error: "HTTP 503: receiver is down" });
  });
});

describe("webhook deliveries", () => {
  it("queues one delivery per anomaly of a creator with a webhook, never twice, and none for platform incidents", async () => {
    const a = await creatorWithAnomaly();
    const b = await creatorWithAnomaly(false);
    const incident = await database.prisma.anomaly.create({
      data: { kind: "platform-incident", key: `incident${seq}`, severity: "high", windowStart: new Date(), windowEnd: new Date(), summary: "x", accountCount: 0, evidence: {} },
    });
    expect(await enqueueWebhookDeliveries(database.prisma, [a.anomalyId, b.anomalyId, incident.id])).toBe(1);
    expect(await enqueueWebhookDeliveries(database.prisma, [a.anomalyId])).toBe(0);
    await database.prisma.$transaction(async (tx) => expect(await enqueueWebhookDeliveries(tx, [])).toBe(0));
    expect(await database.prisma.webhookDelivery.count({ where: { anomalyId: { in: [b.anomalyId, incident.id] } } })).toBe(0);
    await removeWebhook(a.viewer);
  });

  it("posts the anomaly signed to its owner's webhook only", async () => {
    const other = await creatorWithAnomaly();
    const mine = await creatorWithAnomaly();
    await enqueueWebhookDeliveries(database.prisma, [mine.anomalyId]);
    const t0 = Date.now();
    expect(await deliver(t0)).toEqual({ delivered: 1, retrying: 0, failed: 0 });
    expect(received).toHaveLength(1);
    const [got] = received;
    expect(got!.path).toBe(`/hook/${seq}`);
    expect(got!.headers["content-type"]).toBe("application/json");
    const row = await delivery(mine.anomalyId);
    expect(got!.headers["followlens-delivery"]).toBe(String(row.id));
    const signature = String(got!.headers["followlens-signature"]);
    expect(signature).toMatch(new RegExp(`^t=${Math.floor(t0 / 1000)},v1=[0-9a-f]{64}$`));
    expect(verifyWebhook(mine.secret, got!.body, signature, new Date(t0))).toMatchObject({ ok: true });
    expect(verifyWebhook(other.secret, got!.body, signature, new Date(t0))).toEqual({ ok: false, reason: "mismatch" });
    expect(JSON.parse(got!.body)).toEqual({
      type: "anomaly.detected",
      anomaly: {
        id: mine.anomalyId, kind: "unexpected-unfollow", severity: "medium", status: "open",
        windowStart: "2026-05-03T00:00:00.000Z", windowEnd: "2026-05-04T00:00:00.000Z",
        summary: "2 accounts on your keep list disappeared", accountCount: 2, accounts: ["a.two", "B.One"],
        account: mine.handle, url: `https://fl.example/dashboard/${mine.handle}/alerts/${mine.anomalyId}`,
      },
    });
    expect(row).toMatchObject({ status: "delivered", attempts: 1, responseStatus: 200, lastError: null });
    expect(await listWebhookDeliveries(mine.viewer)).toMatchObject([{ id: row.id, status: "delivered", anomaly: { id: mine.anomalyId, handle: mine.handle } }]);
    expect(await listWebhookDeliveries(other.viewer)).toEqual([]);
    // Nothing left to send: a second pass posts nothing.
    expect(await deliver(t0 + 3_600_000)).toEqual({ delivered: 0, retrying: 0, failed: 0 });
    expect(received).toHaveLength(1);
  });

  it("retries a 500 after a minute and then delivers", async () => {
    const c = await creatorWithAnomaly();
    await enqueueWebhookDeliveries(database.prisma, [c.anomalyId]);
    answers = [500];
    const t0 = Date.now();
    expect(await deliver(t0)).toEqual({ delivered: 0, retrying: 1, failed: 0 });
    expect(await delivery(c.anomalyId)).toMatchObject({ status: "pending", attempts: 1, responseStatus: 500, lastError: "HTTP 500: receiver is down", nextAttemptAt: new Date(t0 + 60_000) });
    // Not due yet: nothing is sent.
    expect(await deliver(t0 + 59_000)).toEqual({ delivered: 0, retrying: 0, failed: 0 });
    expect(received).toHaveLength(1);
    expect(await deliver(t0 + 60_000)).toEqual({ delivered: 1, retrying: 0, failed: 0 });
    expect(received).toHaveLength(2);
    expect(received[1]!.headers["followlens-signature"]).not.toBe(received[0]!.headers["followlens-signature"]);
    expect(await delivery(c.anomalyId)).toMatchObject({ status: "delivered", attempts: 2, responseStatus: 200, lastError: null });
  });

  it("gives up after the last retry, and a refused connection counts as a failure", async () => {
    const c = await creatorWithAnomaly();
    await enqueueWebhookDeliveries(database.prisma, [c.anomalyId]);
    answers = [500, 502, 503, 500, 404, 500];
    let now = Date.now();
    for (const wait of [0, 60_000, 300_000, 1_800_000, 7_200_000]) {
      now += wait;
      expect(await deliver(now)).toEqual({ delivered: 0, retrying: 1, failed: 0 });
    }
    now += 43_200_000;
    expect(await deliver(now)).toEqual({ delivered: 0, retrying: 0, failed: 1 });
    expect(received).toHaveLength(6);
    expect(await delivery(c.anomalyId)).toMatchObject({ status: "failed", attempts: 6, responseStatus: 500, deliveredAt: null });
    expect(await deliver(now + 86_400_000)).toEqual({ delivered: 0, retrying: 0, failed: 0 });

    const gone = await creatorWithAnomaly();
    await saveWebhook(gone.viewer, "http://127.0.0.1:1/nobody-listens");
    await enqueueWebhookDeliveries(database.prisma, [gone.anomalyId]);
    expect(await deliver(Date.now())).toEqual({ delivered: 0, retrying: 1, failed: 0 });
    expect(await delivery(gone.anomalyId)).toMatchObject({ status: "pending", responseStatus: null, lastError: "Connection refused" });
    await removeWebhook(gone.viewer);
    expect(await database.prisma.webhookDelivery.count({ where: { anomalyId: gone.anomalyId } })).toBe(0);
  });

  it("refuses at send time an address the policy does not allow", async () => {
    const c = await creatorWithAnomaly();
    await enqueueWebhookDeliveries(database.prisma, [c.anomalyId]);
    expect(await deliverDueWebhooks(database.prisma, { policy: "public" })).toEqual({ delivered: 0, retrying: 1, failed: 0 });
    expect(received).toHaveLength(0);
    expect((await delivery(c.anomalyId)).lastError).toMatch(/no longer allowed/);
  });

  it("is sent by the deliver-webhooks job, and a due retry is picked up by the worker's once-a-minute tick", async () => {
    const c = await creatorWithAnomaly();
    await database.prisma.webhookDelivery.deleteMany({ where: { status: "pending" } });
    await enqueueWebhookDeliveries(database.prisma, [c.anomalyId]);
    answers = [500];
    await enqueueJob(database.prisma, "deliver-webhooks", null);
    await runJobsUntilIdle(database.prisma);
    const failed = await delivery(c.anomalyId);
    expect(failed).toMatchObject({ status: "pending", attempts: 1, responseStatus: 500 });
    expect(await database.prisma.job.findFirst({ where: { kind: "deliver-webhooks" }, orderBy: { id: "desc" } })).toMatchObject({ status: "done" });
    // Not due yet: the tick queues nothing.
    await runMaintenance(database.prisma);
    expect(await database.prisma.job.count({ where: { kind: "deliver-webhooks", status: "queued" } })).toBe(0);
    // The retry falls due (a minute later); the next tick queues a delivery pass and a worker sends it.
    await database.prisma.webhookDelivery.update({ where: { id: failed.id }, data: { nextAttemptAt: new Date(Date.now() - 1000) } });
    await runMaintenance(database.prisma);
    await runJobsUntilIdle(database.prisma);
    expect((await delivery(c.anomalyId)).status).toBe("delivered");
    expect(received).toHaveLength(2);
  });
});
