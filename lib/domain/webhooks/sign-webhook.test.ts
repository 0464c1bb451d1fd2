import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signWebhook, verifyWebhook } from "./sign-webhook";

const secret = "whsec_test";
const body = JSON.stringify({ type: "anomaly.detected", anomaly: { id: 7 } });
const at = new Date(Date.UTC(2026, 4, 4, 10, 0, 0));
const t = at.getTime() / 1000;

describe("signWebhook", () => {
  it("signs '<t>.<body>' with HMAC-SHA256 in the Stripe layout", () => {
    const expected = createHmac("sha256", secret).update(`${t}.${body}`).digest("hex");
    expect(signWebhook(secret, body, at)).toBe(`t=${t},v1=${expected}`);
  });

  it("drops milliseconds from the time", () => {
    expect(signWebhook(secret, body, new Date(at.getTime() + 999))).toBe(signWebhook(secret, body, at));
  });
});

describe("verifyWebhook", () => {
  const header = signWebhook(secret, body, at);
  const plus = (seconds: number) => new Date(at.getTime() + seconds * 1000);
  it.each([
    { name: "the signed request", secret, body, header, now: at, result: { ok: true, timestamp: t } },
    { name: "4 min 59 s later", secret, body, header, now: plus(299), result: { ok: true, timestamp: t } },
    { name: "a receiver clock 5 min behind", secret, body, header, now: plus(-300), result: { ok: true, timestamp: t } },
    { name: "5 min 1 s later (replay)", secret, body, header, now: plus(301), result: { ok: false, reason: "expired" } },
    { name: "a tampered body", secret, body: body.replace("7", "8"), header, now: at, result: { ok: false, reason: "mismatch" } },
    { name: "a body with extra whitespace", secret, body: `${body} `, header, now: at, result: { ok: false, reason: "mismatch" } },
    { name: "another secret", secret: "whsec_other", body, header, now: at, result: { ok: false, reason: "mismatch" } },
    { name: "a moved timestamp", secret, body, header: header.replace(`t=${t}`, `t=${t + 60}`), now: plus(60), result: { ok: false, reason: "mismatch" } },
    { name: "a second, valid v1 among others", secret, body, header: `t=${t},v1=${"0".repeat(64)},${header.split(",")[1]}`, now: at, result: { ok: true, timestamp: t } },
    { name: "no v1", secret, body, header: `t=${t}`, now: at, result: { ok: false, reason: "malformed" } },
    { name: "no t", secret, body, header: header.split(",")[1]!, now: at, result: { ok: false, reason: "malformed" } },
    { name: "a short v1", secret, body, header: `t=${t},v1=abc`, now: at, result: { ok: false, reason: "malformed" } },
    { name: "an empty header", secret, body, header: "", now: at, result: { ok: false, reason: "malformed" } },
  ])("$name", ({ secret: s, body: b, header: h, now, result }) => {
    expect(verifyWebhook(s, b, h, now)).toEqual(result);
  });

  it("takes a tolerance of its own", () => {
    expect(verifyWebhook(secret, body, header, plus(61), 60)).toEqual({ ok: false, reason: "expired" });
  });
});
