import { createHash, randomBytes } from "node:crypto";

/** fl_ + 32 random bytes in base64url (43 characters): 256 bits, nothing to guess; the prefix makes leaks greppable. */
const TOKEN_PATTERN = /^fl_[A-Za-z0-9_-]{43}$/;
const PREFIX_LENGTH = 8;

export type NewTokenSecret = { token: string; prefix: string; tokenHash: string };

/**
 * Only the sha256 is stored. A plain hash (no salt, no slow KDF) is enough because the token is 256 random bits, and
 * it lets a request find its token with one indexed lookup.
 */
export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function generateApiToken(): NewTokenSecret {
  const token = `fl_${randomBytes(32).toString("base64url")}`;
  return { token, prefix: token.slice(3, 3 + PREFIX_LENGTH), tokenHash: hashApiToken(token) };
}

export function isWellFormedToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}
