/**
 * The Content-Security-Policy of every page: scripts only from this origin with this response's nonce (Next.js
 * puts it on its own scripts; 'strict-dynamic' lets those load their chunks), no plugins, no framing, forms and
 * fetches to this origin only. Styles allow inline attributes: React's style props and the charts' SVG use them,
 * and a style cannot run code. Development adds 'unsafe-eval' (React's dev tooling needs it), never production.
 */
export function contentSecurityPolicy(nonce: string, { dev = false, https = false }: { dev?: boolean; https?: boolean } = {}): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Over plain http (a laptop) upgrading would break every request; behind https it closes mixed content.
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** A fresh, unguessable nonce per response: 16 random bytes, base64. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
