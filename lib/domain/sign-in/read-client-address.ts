/** An IPv6 address with a zone fits in 64 characters; anything longer is not an address and would only bloat keys. */
const MAX_LENGTH = 64;

const first = (value: unknown): string | undefined => {
  const one = Array.isArray(value) ? value[0] : value;
  return typeof one === "string" ? one : undefined;
};

/**
 * The client's address from request headers (lower-case names, as next-auth hands them to authorize): the first
 * X-Forwarded-For entry (the client, as the proxy in front saw it), else X-Real-IP, else "unknown". `next start` fills
 * X-Forwarded-For from the socket when a request comes without one, but keeps one a client sent: only a proxy in
 * front that overwrites the header makes this trustworthy (else a client picks its own address).
 */
export function readClientAddress(headers: Record<string, unknown> | undefined): string {
  const forwarded = first(headers?.["x-forwarded-for"])?.split(",")[0]?.trim();
  const real = first(headers?.["x-real-ip"])?.trim();
  const address = (forwarded || real || "").toLowerCase().slice(0, MAX_LENGTH);
  return address || "unknown";
}
