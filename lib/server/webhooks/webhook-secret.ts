import { randomBytes } from "node:crypto";

/**
 * whsec_ + 32 random bytes (base64url). Unlike an API token it is stored as is: the server needs it to sign every
 * delivery. It is shown to the creator once; the page afterwards shows only its first characters.
 */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64url")}`;
}

/** Enough to tell two secrets apart, nowhere near enough to sign with. */
export function secretHint(secret: string): string {
  return `${secret.slice(0, 10)}…`;
}
