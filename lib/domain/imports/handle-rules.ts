import { normalizeHandle, type NormalizedHandle } from "@/lib/domain/handles";
import { describe } from "./dates";
import { Problem, quote } from "./problem";

// TikTok and Instagram allow letters (any script), digits, "_" and "." in a handle. Marks (\p{M}) belong to letters
// in Devanagari, Thai and other scripts. Variation selectors are marks too, but they only ever dress up emoji.
const ALLOWED = /^[\p{L}\p{M}\p{Nd}_.]+$/u;
const VARIATION = /[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u;
/** TikTok allows 24 characters and Instagram 30; longer is not a handle but something pasted into the column. */
export const MAX_HANDLE_LENGTH = 64;

/**
 * The handle as the list will hold it, or Problem("bad-handle" / "wrong-shape"). Invisible marks, surrounding space
 * and a leading @ are removed first (normalizeHandle), so what is left must be a handle the platforms allow.
 */
export function cleanHandle(raw: unknown): NormalizedHandle {
  if (typeof raw !== "string") {
    if (raw === undefined || raw === null) throw new Problem("wrong-shape", "An entry without a handle");
    throw new Problem("wrong-shape", `Expected a handle, found ${describe(raw)}`);
  }
  const fast = plainAscii(raw);
  if (fast === 1) return { key: raw, display: raw };
  if (fast === 2) return { key: raw.toLowerCase(), display: raw };
  const name = normalizeHandle(raw);
  if (!name) throw new Problem("bad-handle", raw ? `The handle ${quote(raw)} is empty once invisible characters are removed` : "Empty handle");
  const { display } = name;
  if (display.length > MAX_HANDLE_LENGTH) {
    throw new Problem("bad-handle", `The handle ${quote(display)} is longer than a handle can be (${display.length} characters)`);
  }
  if (!ALLOWED.test(display) || VARIATION.test(display)) {
    throw new Problem("bad-handle", `The handle ${quote(display)} has ${firstBad(display)}, which handles cannot contain`);
  }
  return name;
}

/** 1: lower-case ASCII handle (key = display), 2: ASCII with capitals, 0: needs the full rules. */
function plainAscii(s: string): number {
  const n = s.length;
  if (n === 0 || n > MAX_HANDLE_LENGTH) return 0;
  let upper = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 46) continue;
    if (c >= 65 && c <= 90) {
      upper = true;
      continue;
    }
    return 0;
  }
  return upper ? 2 : 1;
}

function firstBad(s: string): string {
  for (const ch of s) {
    if (ALLOWED.test(ch) && !VARIATION.test(ch)) continue;
    if (/\s/u.test(ch)) return "a space";
    const code = ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
    return `the character ${quote(ch)} (U+${code})`;
  }
  return "a character";
}
