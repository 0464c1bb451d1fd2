/** Handles compare case-insensitively: a normalized key (trimmed, no leading @, lower-case) plus the spelling seen. */
export type NormalizedHandle = { key: string; display: string };

// Invisible marks that copy-paste and right-to-left text leave around handles, and control characters (no handle
// has them; keeping them would let a tab or newline forge the separators of the content hash).
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

export function normalizeHandle(raw: string): NormalizedHandle | null {
  const display = raw.replace(INVISIBLE, "").trim().replace(/^@+/, "").trim();
  if (!display) return null;
  return { key: display.toLowerCase(), display };
}

export function handleKey(raw: string): string | null {
  return normalizeHandle(raw)?.key ?? null;
}
