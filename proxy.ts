import type { NextFetchEvent } from "next/server";
import { withAuth, type NextRequestWithAuth } from "next-auth/middleware";

// Comfort only: signed-out visitors go to the sign-in page. Every data function checks the viewer itself.
const auth = withAuth({ pages: { signIn: "/signin" } });

export function proxy(req: NextRequestWithAuth, ev: NextFetchEvent) {
  return auth(req, ev);
}

export const config = { matcher: ["/dashboard/:path*", "/add-handle"] };
