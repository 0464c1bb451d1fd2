import type { NextFetchEvent } from "next/server";
import { withAuth, type NextRequestWithAuth } from "next-auth/middleware";

// Comfort only: signed-out visitors go to the sign-in page. Every data function checks the viewer itself.
const auth = withAuth({ pages: { signIn: "/signin" } });

export function proxy(req: NextRequestWithAuth, ev: NextFetchEvent) {
  return auth(req, ev);
}

// Uploads stay outside the matcher: for a request the proxy sees, Next buffers the body and cuts it at 10 MB
// (experimental.proxyClientMaxBodySize), which would truncate an export. They live under /api, which checks the
// session itself.
export const config = { matcher: ["/dashboard/:path*", "/add-handle", "/admin/:path*", "/settings/:path*"] };
