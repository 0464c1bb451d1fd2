import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { withAuth, type NextRequestWithAuth } from "next-auth/middleware";
import { contentSecurityPolicy, newNonce } from "@/lib/domain/security/content-security-policy";

/**
 * Every page gets a Content-Security-Policy with a nonce of its own: Next.js reads it from the request header and
 * puts it on the scripts it renders. The other security headers (nosniff, framing, referrer, permissions, HSTS)
 * come from next.config.js for every response, API and downloads included.
 */
function withPolicy(req: NextRequest) {
  const https = req.headers.get("x-forwarded-proto") === "https" || req.nextUrl.protocol === "https:";
  const policy = contentSecurityPolicy(newNonce(), { dev: process.env.NODE_ENV === "development", https });
  const headers = new Headers(req.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

// Comfort only: signed-out visitors go to the sign-in page. Every data function checks the viewer itself.
const signedIn = withAuth((req) => withPolicy(req), { pages: { signIn: "/signin" } });
const guarded = /^\/(dashboard|add-handle|admin|settings)(\/|$)/;

export function proxy(req: NextRequest, ev: NextFetchEvent) {
  return guarded.test(req.nextUrl.pathname) ? signedIn(req as NextRequestWithAuth, ev) : withPolicy(req);
}

// Every page and page download, not /api: for a request the proxy sees, Next buffers the body and cuts it at 10 MB
// (experimental.proxyClientMaxBodySize), which would truncate an export upload. The API checks sessions and tokens
// itself, and its JSON gets a locked-down policy from next.config.js.
export const config = { matcher: ["/((?!api/|_next/static/|_next/image|favicon\\.svg).*)"] };
