import { cleanHandle } from "./handle-rules";
import { quote, type ListName } from "./problem";
import type { ParsedList } from "./types";

/**
 * Collects one list as columns (handles + a Float64Array of dates), one row per handle: a handle seen again (same
 * spelling, or differing in case) is merged into its first row, keeping the earliest date, and reported once as a
 * warning with an example. Rows stay in file order.
 *
 * The index from handle key to row is an open-addressing table of Int32s rather than a Map: for a million handles
 * a Map costs about 30 MB (60 MB while it rehashes) and most of the parse time; this costs 12 MB. Keys are not
 * stored: a key is its row's handle in lower case, compared only when the 32-bit hashes already match.
 */
export class ListBuilder {
  readonly handles: string[] = [];
  private since = new Float64Array(1024);
  private hashes = new Int32Array(1024);
  /** row + 1 per slot, 0 = empty; size a power of two, at most half full */
  private table = new Int32Array(2048);
  private merged = 0;
  private example: string | null = null;
  private minMs = Number.POSITIVE_INFINITY;
  private maxMs = Number.NEGATIVE_INFINITY;

  constructor(readonly list: ListName) {}

  get size(): number {
    return this.handles.length;
  }

  /** Adds one entry; throws Problem for a handle we refuse. `ms` is NaN when the source has no date. */
  add(rawHandle: unknown, ms: number): void {
    const { key, display } = cleanHandle(rawHandle);
    const hash = hashOf(key);
    const mask = this.table.length - 1;
    let slot = hash & mask;
    for (let row = this.table[slot]! - 1; row >= 0; row = this.table[slot]! - 1) {
      if (this.hashes[row] === hash) {
        const seen = this.handles[row]!;
        if (seen === display || seen.toLowerCase() === key) return this.merge(row, display, ms);
      }
      slot = (slot + 1) & mask;
    }
    const n = this.handles.length;
    if (n === this.since.length) this.growRows();
    this.handles.push(display);
    this.since[n] = ms;
    this.hashes[n] = hash;
    this.table[slot] = n + 1;
    if (2 * (n + 1) > this.table.length) this.growTable();
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
    const hashes = new Int32Array(this.hashes.length * 2);
    hashes.set(this.hashes);
    this.hashes = hashes;
  }

  private growTable(): void {
    const table = new Int32Array(this.table.length * 2);
    const mask = table.length - 1;
    for (let row = 0; row < this.handles.length; row++) {
      let slot = this.hashes[row]! & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = row + 1;
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
    this.table = new Int32Array(0);
    this.hashes = new Int32Array(0);
    // A view when little is wasted: copying a million dates at the end would add to the peak, not lower it.
    const since = this.since.length - n <= this.since.length / 4 ? this.since.subarray(0, n) : this.since.slice(0, n);
    return { handles: this.handles, since };
  }
}

/** FNV-1a over UTF-16 code units, with a final mix so that consecutive serials spread over the table. */
function hashOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 12)) | 0;
}
