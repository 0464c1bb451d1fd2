import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { classifyHost, isAllowedHost, type WebhookTargetPolicy } from "@/lib/domain/webhooks/webhook-target";
import { signWebhook } from "@/lib/domain/webhooks/sign-webhook";

/** A receiver gets this long to answer (connection, headers and body); then the attempt counts as failed. */
export const WEBHOOK_TIMEOUT_MS = 10_000;
const MAX_ERROR_BODY = 300;

export type WebhookPost = { ok: boolean; status: number | null; error: string | null };

/**
 * Checks every address a name resolves to, at connection time: a name that pointed somewhere harmless when it was
 * saved cannot be re-pointed at the metadata service or the LAN afterwards (DNS rebinding). Literal addresses skip
 * DNS and were checked from the URL.
 */
function guardedLookup(policy: WebhookTargetPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, "", 0);
      const refused = addresses.find((a) => !isAllowedHost(classifyHost(a.address), policy));
      if (refused || addresses.length === 0) {
        const why = refused ? `${hostname} resolves to ${refused.address}, which this server does not call` : `${hostname} has no address`;
        return callback(Object.assign(new Error(why), { code: "EWEBHOOKTARGET" }), "", 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

/** Signs and POSTs one body; 2xx is delivered, anything else (status, refusal, timeout) is a failure with a reason. */
export async function postWebhook(options: {
  url: string;
  secret: string;
  body: string;
  deliveryId: string;
  policy: WebhookTargetPolicy;
  now?: Date;
  timeoutMs?: number;
}): Promise<WebhookPost> {
  const url = new URL(options.url);
  if (!isAllowedHost(classifyHost(url.hostname), options.policy)) return { ok: false, status: null, error: "This address is no longer allowed for webhooks." };
  const client = url.protocol === "https:" ? https : http;
  const headers = {
    "content-type": "application/json",
    "content-length": String(Buffer.byteLength(options.body)),
    "user-agent": "Followlens-Webhooks/1",
    "followlens-signature": signWebhook(options.secret, options.body, options.now ?? new Date()),
    "followlens-delivery": options.deliveryId,
  };
  const timeoutMs = options.timeoutMs ?? WEBHOOK_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  return new Promise<WebhookPost>((resolve) => {
    const request = client.request(url, { method: "POST", headers, signal, lookup: guardedLookup(options.policy) }, (response) => {
      const status = response.statusCode ?? 0;
      const ok = status >= 200 && status < 300;
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        if (text.length < MAX_ERROR_BODY) text += chunk;
      });
      response.on("end", () => resolve({ ok, status, error: ok ? null : `HTTP ${status}${text.trim() ? `: ${text.trim().slice(0, MAX_ERROR_BODY)}` : ""}` }));
      response.on("error", (error) => resolve({ ok: false, status, error: describeError(error, timeoutMs) }));
    });
    request.on("error", (error) => resolve({ ok: false, status: null, error: describeError(error, timeoutMs) }));
    request.end(options.body);
  });
}

function describeError(error: Error, timeoutMs: number): string {
  if (error.name === "AbortError" || error.name === "TimeoutError") return `No answer within ${Math.round(timeoutMs / 1000)} s`;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ECONNREFUSED") return "Connection refused";
  if (code === "ENOTFOUND") return "Host not found";
  return error.message.slice(0, MAX_ERROR_BODY);
}
