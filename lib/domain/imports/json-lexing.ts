// The character-level pieces of the JSON scanner (json-scanner.ts): strings with their escapes, numbers and
// literals, and the quick pass over a captured value. Each picks up where the previous chunk left it.

/** A syntax problem at index `at` of the current chunk; the scanner adds the file position and path. */
export class LexError extends Error {
  constructor(
    readonly at: number,
    message: string,
  ) {
    super(message);
  }
}

/** Escape state inside a string between chunks: 0 none, 1 just after "\", 2..5 after "\u" and that many - 2 hex digits. */
export type StringState = { esc: number };

/** Scans a string's body from `i`: the index of its closing quote, or -1 when the chunk ends first. */
export function scanString(s: string, i: number, st: StringState): number {
  const n = s.length;
  if (st.esc !== 0) i = escape(s, i, st);
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 34) return i;
    if (c === 92) {
      st.esc = 1;
      i = escape(s, i + 1, st);
      continue;
    }
    if (c < 32) throw new LexError(i, "a control character inside a string");
    i++;
  }
  return -1;
}

function escape(s: string, i: number, st: StringState): number {
  const n = s.length;
  for (; st.esc !== 0 && i < n; i++) {
    const c = s.charCodeAt(i);
    if (st.esc === 1) {
      if (c === 117) st.esc = 2;
      else if (c === 34 || c === 92 || c === 47 || c === 98 || c === 102 || c === 110 || c === 114 || c === 116) st.esc = 0;
      else throw new LexError(i, "an invalid escape in a string");
    } else {
      const hex = (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
      if (!hex) throw new LexError(i, "an invalid \\u escape in a string");
      st.esc = st.esc === 5 ? 0 : st.esc + 1;
    }
  }
  return i;
}

/** End of a run of number or literal characters starting at `i` (may be the chunk's end). */
export function runEnd(s: string, i: number): number {
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122) || c === 45 || c === 43 || c === 46 || c === 69) i++;
    else break;
  }
  return i;
}

const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** The value of a number or literal, or undefined when the text is neither. */
export function runValue(text: string): number | boolean | null | undefined {
  if (text === "true") return true;
  if (text === "false") return false;
  if (text === "null") return null;
  return NUMBER.test(text) ? Number(text) : undefined;
}

/** Nesting, string and escape state of a captured value between chunks. */
export type CaptureState = { depth: number; inString: boolean; esc: boolean };

/**
 * Finds the end of a captured object or array from `i`: the index just after its closing bracket, or -1 when the
 * chunk ends first. Only nesting and strings are tracked (a string's end found with indexOf): the captured text
 * goes through JSON.parse, which validates it, so this loop stays short (most of a 120 MB export is list entries).
 */
export function scanCaptured(s: string, i: number, st: CaptureState): number {
  const n = s.length;
  let depth = st.depth;
  if (st.inString) {
    const q = closingQuote(s, i, st);
    if (q < 0) return -1;
    st.inString = false;
    i = q + 1;
  }
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 34) {
      const q = closingQuote(s, i + 1, st);
      if (q < 0) {
        st.inString = true;
        st.depth = depth;
        return -1;
      }
      i = q;
    } else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) {
      if (--depth === 0) {
        st.depth = 0;
        return i + 1;
      }
    }
  }
  st.depth = depth;
  return -1;
}

/** The quote closing a string whose text goes on at `i`, or -1; `st.esc`: the chunk ended on a lone backslash. */
function closingQuote(s: string, i: number, st: CaptureState): number {
  if (st.esc) {
    st.esc = false;
    i++;
  }
  for (;;) {
    const q = s.indexOf('"', i);
    let k = (q < 0 ? s.length : q) - 1;
    while (k >= i && s.charCodeAt(k) === 92) k--;
    const escaped = ((q < 0 ? s.length : q) - 1 - k) % 2 === 1;
    if (q < 0) {
      st.esc = escaped;
      return -1;
    }
    if (!escaped) return q;
    i = q + 1;
  }
}
