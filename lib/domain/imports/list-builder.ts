import { cleanHandle, MAX_HANDLE_LENGTH } from "./handle-rules";
import { quote, type ListName } from "./problem";
import type { ParsedList } from "./types";

/**
 * Collects one list as columns (handles + a Float64Array of dates), one row per handle: a handle seen again (same
 * spelling, or differing in case) is merged into its first row, keeping the earliest date, and reported once as a
 * warning with an example. Rows stay in file order.
 *
 * The index from handle key to row is an open-addressing table of Int32 pairs (hash, row + 1) rather than a Map:
 * for a million handles a Map costs about 30 MB (60 MB while it rehashes) and most of the parse time; this costs
 * 16 MB, and a probe reads one cache line instead of chasing pointers. Keys are not stored: a key is its row's
 * handle in lower case, compared only when the 32-bit hashes already match.
 */
export class ListBuilder {
  readonly handles: string[] = [];
  private since: Float64Array;
  /** per slot: hash, row + 1 (0 = empty); a power of two of slots, at most half of them used */
  private table: Int32Array;
  private merged = 0;
  private example: string | null = null;
  private minMs = Number.POSITIVE_INFINITY;
  private maxMs = Number.NEGATIVE_INFINITY;

  /** `expected`: how many rows the export's own profile counts announce, to size the columns once (capped). */
  constructor(
    readonly list: ListName,
    expected = 0,
  ) {
    const hint = Math.min(expected, MAX_PRESIZE);
    const rows = Math.max(1024, Math.ceil(hint * 1.02));
    let slots = 2048;
    while (slots < 2 * hint) slots *= 2;
    this.since = new Float64Array(rows);
    this.table = new Int32Array(2 * slots);
  }

  get size(): number {
    return this.handles.length;
  }

  /** Adds one entry; throws Problem for a handle we refuse. `ms` is NaN when the source has no date. */
  add(rawHandle: unknown, ms: number): void {
    // Most handles are plain ASCII: checked and hashed (as lower case) in one pass, without allocating.
    let hash = typeof rawHandle === "string" ? asciiHash(rawHandle) : Number.NaN;
    let display = rawHandle as string;
    if (Number.isNaN(hash)) {
      const name = cleanHandle(rawHandle);
      display = name.display;
      hash = hashOf(name.key);
    }
    const table = this.table;
    const mask = (table.length >> 1) - 1;
    let slot = hash & mask;
    for (let row = table[2 * slot + 1]! - 1; row >= 0; row = table[2 * slot + 1]! - 1) {
      if (table[2 * slot] === hash) {
        const seen = this.handles[row]!;
        if (seen === display || seen.toLowerCase() === display.toLowerCase()) return this.merge(row, display, ms);
      }
      slot = (slot + 1) & mask;
    }
    const n = this.handles.length;
    if (n === this.since.length) this.growRows();
    this.handles.push(display);
    this.since[n] = ms;
    table[2 * slot] = hash;
    table[2 * slot + 1] = n + 1;
    if (4 * (n + 1) > table.length) this.growTable();
    if (ms < this.minMs) this.minMs = ms;
    if (ms > this.maxMs) this.maxMs = ms;
  }

  private merge(row: number, display: string, ms: number): void {
    this.merged++;
    if (this.example === null) {
      const first = this.handles[row]!;
      this.example = first === display ? `${quote(first)} twice` : `${quote(first)} and ${quote(display)}`;
    }
    const seen = this.since[row]!;
    if (!(ms < seen || (Number.isNaN(seen) && !Number.isNaN(ms)))) return;
    this.since[row] = ms;
    if (ms < this.minMs) this.minMs = ms;
    if (ms > this.maxMs) this.maxMs = ms;
  }

  private growRows(): void {
    const since = new Float64Array(this.since.length * 2);
    since.set(this.since);
    this.since = since;
  }

  private growTable(): void {
    const old = this.table;
    const table = new Int32Array(old.length * 2);
    const mask = (table.length >> 1) - 1;
    for (let i = 0; i < old.length; i += 2) {
      if (old[i + 1] === 0) continue;
      let slot = old[i]! & mask;
      while (table[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
      table[2 * slot] = old[i]!;
      table[2 * slot + 1] = old[i + 1]!;
    }
    this.table = table;
  }

  /** Oldest and newest date among the rows (null when none has one). */
  range(): { first: number; last: number } | null {
    return this.minMs <= this.maxMs ? { first: this.minMs, last: this.maxMs } : null;
  }

  warnings(): string[] {
    if (!this.merged) return [];
    const what = this.merged === 1 ? "1 handle appears" : `${this.merged} handles appear`;
    return [`${this.list}: ${what} more than once (e.g. ${this.example}); merged, keeping the earliest date`];
  }

  finish(): ParsedList {
    const n = this.handles.length;
    // The index is only needed while adding; dropping it frees its memory before the caller holds the result.
    this.table = new Int32Array(2 * 2048);
    // A view when little is wasted: copying a million dates at the end would add to the peak, not lower it.
    const since = this.since.length - n <= this.since.length / 4 ? this.since.subarray(0, n) : this.since.slice(0, n);
    return { handles: this.handles, since };
  }
}

/** A profile count above this is not trusted to size memory up front (it costs 24 bytes a row). */
const MAX_PRESIZE = 1 << 20;

/** FNV-1a over UTF-16 code units, with a final mix so that consecutive serials spread over the table. */
function hashOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return mix(h);
}

/** hashOf(s.toLowerCase()) when s is a valid ASCII handle (letters, digits, "_", "."), else NaN. */
function asciiHash(s: string): number {
  const n = s.length;
  if (n === 0 || n > MAX_HANDLE_LENGTH) return Number.NaN;
  let h = 0x811c9dc5;
  for (let i = 0; i < n; i++) {
    let c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 46)) return Number.NaN;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return mix(h);
}

function mix(h: number): number {
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 12)) | 0;
}
