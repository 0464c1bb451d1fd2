/**
 * Where a webhook may point. The server makes the request, so an address the creator types is an address the server
 * calls (SSRF): cloud metadata (169.254.169.254), a router, the database port. Policy, set by the operator
 * (FOLLOWLENS_WEBHOOK_TARGETS):
 * - "local" (default): public hosts and this machine. Followlens is self-hosted; a receiver script on the same box
 *   is the common case, and a creator who can reach loopback learns nothing a literal 127.0.0.1 would not tell them.
 * - "public": public hosts only (a shared, hosted instance).
 * - "private": also LAN addresses (10/8, 172.16/12, 192.168/16, fc00::/7), e.g. a home server on the same network.
 * Link-local (cloud metadata), unspecified and multicast addresses are never called.
 */
export type WebhookTargetPolicy = "public" | "local" | "private";
export type HostClass = "public" | "loopback" | "private" | "forbidden";

export function readTargetPolicy(value: string | undefined): WebhookTargetPolicy {
  return value === "public" || value === "private" ? value : "local";
}

const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

function classifyV4(a: number, b: number): HostClass {
  if (a === 127) return "loopback";
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127)) return "private";
  if (a === 0 || (a === 169 && b === 254) || a >= 224) return "forbidden";
  return "public";
}

/** A host name or address literal (as URL gives it: IPv4 normalized, IPv6 in brackets and compressed). */
export function classifyHost(host: string): HostClass {
  const h = host.toLowerCase().replace(/^\[|\]$/g, "").replace(/\.$/, "");
  if (h === "localhost" || h.endsWith(".localhost")) return "loopback";
  const m = v4.exec(h);
  if (m) return classifyV4(Number(m[1]), Number(m[2]));
  if (!h.includes(":")) return h === "" ? "forbidden" : "public";
  if (h === "::1") return "loopback";
  if (h === "::") return "forbidden";
  const mapped = /^::ffff:(?:(\d+\.\d+\.\d+\.\d+)|([0-9a-f]{1,4}):([0-9a-f]{1,4}))$/.exec(h);
  if (mapped) {
    if (mapped[1]) return classifyHost(mapped[1]);
    const hi = parseInt(mapped[2]!, 16);
    return classifyV4(hi >> 8, hi & 0xff);
  }
  if (/^f[cd][0-9a-f]{0,2}:/.test(h)) return "private";
  if (/^fe[89ab][0-9a-f]?:/.test(h) || h.startsWith("ff")) return "forbidden";
  return "public";
}

/** May the server connect to a host of this class? */
export function isAllowedHost(hostClass: HostClass, policy: WebhookTargetPolicy): boolean {
  if (hostClass === "public") return true;
  if (hostClass === "loopback") return policy !== "public";
  if (hostClass === "private") return policy === "private";
  return false;
}

export type CheckedWebhookUrl = { ok: true; url: string } | { ok: false; message: string };

const MAX_URL_LENGTH = 2_000;

/**
 * A URL a creator typed, checked before it is stored: https, or http for this machine only — anywhere else the
 * anomaly (handles of people) and its signature would cross networks readable by anyone on the way.
 */
export function checkWebhookUrl(input: string, policy: WebhookTargetPolicy): CheckedWebhookUrl {
  const text = input.trim();
  if (!text) return { ok: false, message: "Enter the URL that should receive your alerts." };
  if (text.length > MAX_URL_LENGTH) return { ok: false, message: `Keep the URL under ${MAX_URL_LENGTH.toLocaleString("en-US")} characters.` };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, message: "That is not a full URL: start it with https://" };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { ok: false, message: "Use an https:// URL." };
  if (url.username || url.password) return { ok: false, message: "Leave the user name and password out of the URL: every request is signed instead." };
  const hostClass = classifyHost(url.hostname);
  if (!isAllowedHost(hostClass, policy)) {
    return {
      ok: false,
      message: hostClass === "forbidden"
        ? "That address cannot receive webhooks (link-local, multicast or unspecified addresses are never called)."
        : hostClass === "loopback"
          ? "This server does not send webhooks to its own machine. Use a public https:// URL."
          : "This server does not send webhooks into private networks. Use a public https:// URL.",
    };
  }
  if (url.protocol === "http:" && hostClass !== "loopback") {
    return { ok: false, message: "Use https://. Plain http is accepted only for localhost and 127.0.0.1, where the request never leaves this machine." };
  }
  url.hash = "";
  return { ok: true, url: url.toString() };
}
