import { createHmac, timingSafeEqual } from "node:crypto";

/** How far a signature's time may be from the receiver's clock: old enough to replay is refused. Stripe uses 5 min. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

const hmac = (secret: string, timestamp: number, body: string) => createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");

/**
 * The `Followlens-Signature` header for a body: `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`.
 * The time is inside the signed text, so a captured request cannot be replayed later with a fresh time.
 */
export function signWebhook(secret: string, body: string, at: Date): string {
  const t = Math.floor(at.getTime() / 1000);
  return `t=${t},v1=${hmac(secret, t, body)}`;
}

export type WebhookVerification = { ok: true; timestamp: number } | { ok: false; reason: "malformed" | "mismatch" | "expired" };

/**
 * What a receiver does (shown in the settings page, used by the tests): recompute the HMAC over the raw body and
 * compare in constant time; several v1 values are accepted (a future secret rotation may send two).
 */
export function verifyWebhook(secret: string, body: string, header: string, now: Date, toleranceSeconds = SIGNATURE_TOLERANCE_SECONDS): WebhookVerification {
  let t: number | null = null;
  const signatures: string[] = [];
  for (const part of header.split(",")) {
    const [key, value] = part.trim().split("=", 2);
    if (key === "t" && value && /^\d+$/.test(value)) t = Number(value);
    else if (key === "v1" && value && /^[0-9a-f]{64}$/.test(value)) signatures.push(value);
  }
  if (t === null || signatures.length === 0) return { ok: false, reason: "malformed" };
  const expected = Buffer.from(hmac(secret, t, body), "hex");
  if (!signatures.some((s) => timingSafeEqual(Buffer.from(s, "hex"), expected))) return { ok: false, reason: "mismatch" };
  if (Math.abs(now.getTime() / 1000 - t) > toleranceSeconds) return { ok: false, reason: "expired" };
  return { ok: true, timestamp: t };
}
