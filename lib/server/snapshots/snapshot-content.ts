import { promisify } from "node:util";
import { gunzipSync, gzip } from "node:zlib";

const gzipAsync = promisify(gzip);
import type { StageColumns } from "@/lib/domain/stage-rows";

export type SnapshotContent = { hasFollowers: boolean; hasFollowing: boolean; columns: StageColumns };

type Header = { v: 2; hasFollowers: boolean; hasFollowing: boolean; rows: number; lengths: [number, number, number, number] };

/**
 * A snapshot's lists, kept so history can be replayed when a snapshot is inserted before others or deleted: the keys
 * as one newline-joined text, the spellings that differ from their key as JSON, both follow dates as float64 columns
 * (NaN: not in that list), gzip'd at the fastest level. Native joins and typed arrays keep a million rows to about
 * half a second on this thread, where a line per row spent most of its time formatting numbers; the compression (as
 * long again) runs on libuv's thread pool, beside whatever the caller awaits meanwhile.
 */
export function encodeSnapshotContent(content: SnapshotContent): Promise<Buffer> {
  const c = content.columns;
  const spellings: [number, string][] = [];
  for (let i = 0; i < c.keys.length; i++) if (c.handles[i] !== c.keys[i]) spellings.push([i, c.handles[i]!]);
  const dates = (list: (number | null)[]) => {
    const out = new Float64Array(list.length);
    for (let i = 0; i < list.length; i++) out[i] = list[i] ?? NaN;
    return Buffer.from(out.buffer);
  };
  const sections = [Buffer.from(c.keys.join("\n")), Buffer.from(JSON.stringify(spellings)), dates(c.followerSince), dates(c.followingSince)];
  const header: Header = {
    v: 2,
    hasFollowers: content.hasFollowers,
    hasFollowing: content.hasFollowing,
    rows: c.keys.length,
    lengths: sections.map((s) => s.length) as Header["lengths"],
  };
  const head = Buffer.from(`${JSON.stringify(header)}\n`);
  return gzipAsync(Buffer.concat([head, ...sections]), { level: 1 });
}

export function decodeSnapshotContent(data: Uint8Array): SnapshotContent {
  const raw = gunzipSync(data);
  const headEnd = raw.indexOf(10);
  const header = JSON.parse(raw.subarray(0, headEnd).toString("utf8")) as Header;
  if (header.v !== 2) throw new Error(`Unknown snapshot content version ${header.v}`);
  let at = headEnd + 1;
  const next = (length: number) => {
    const part = raw.subarray(at, at + length);
    at += length;
    return part;
  };
  const [keyBytes, spellingBytes, fBytes, gBytes] = header.lengths.map(next) as [Buffer, Buffer, Buffer, Buffer];
  const keys = header.rows === 0 ? [] : keyBytes.toString("utf8").split("\n");
  const handles = keys.slice();
  for (const [i, handle] of JSON.parse(spellingBytes.toString("utf8")) as [number, string][]) handles[i] = handle;
  const dates = (bytes: Buffer) => {
    // Copied into an aligned buffer: a Float64Array view needs an offset that is a multiple of 8.
    const values = new Float64Array(Uint8Array.from(bytes).buffer);
    return Array.from(values, (v) => (Number.isNaN(v) ? null : v));
  };
  return {
    hasFollowers: header.hasFollowers,
    hasFollowing: header.hasFollowing,
    columns: { keys, handles, followerSince: dates(fBytes), followingSince: dates(gBytes) },
  };
}
