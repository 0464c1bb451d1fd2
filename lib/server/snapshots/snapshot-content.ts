import { gunzipSync, gzipSync } from "node:zlib";
import type { StageColumns } from "@/lib/domain/stage-rows";

export type SnapshotContent = { hasFollowers: boolean; hasFollowing: boolean; columns: StageColumns };

const CHUNK_ROWS = 50_000;

/**
 * A snapshot's lists as gzip'd tab-separated rows (key, spelling when it differs, follower and following dates in
 * epoch seconds), so history can be replayed when a snapshot is inserted before others or deleted. Written in
 * chunks, each its own gzip member (gunzip reads them as one stream), so a million rows never form one big string.
 */
export function encodeSnapshotContent(content: SnapshotContent): Uint8Array<ArrayBuffer> {
  const { columns: c } = content;
  const parts = [gzipSync(JSON.stringify({ v: 1, hasFollowers: content.hasFollowers, hasFollowing: content.hasFollowing }) + "\n")];
  for (let start = 0; start < c.keys.length; start += CHUNK_ROWS) {
    const lines: string[] = [];
    for (let i = start; i < Math.min(start + CHUNK_ROWS, c.keys.length); i++) {
      const handle = c.handles[i] === c.keys[i] ? "" : c.handles[i];
      lines.push(`${c.keys[i]}\t${handle}\t${c.followerSince[i] ?? ""}\t${c.followingSince[i] ?? ""}\n`);
    }
    parts.push(gzipSync(lines.join("")));
  }
  return new Uint8Array(Buffer.concat(parts));
}

export function decodeSnapshotContent(data: Uint8Array): SnapshotContent {
  const text = gunzipSync(data).toString("utf8");
  const firstBreak = text.indexOf("\n");
  const header = JSON.parse(text.slice(0, firstBreak)) as { v: number; hasFollowers: boolean; hasFollowing: boolean };
  if (header.v !== 1) throw new Error(`Unknown snapshot content version ${header.v}`);
  const columns: StageColumns = { keys: [], handles: [], followerSince: [], followingSince: [] };
  let at = firstBreak + 1;
  while (at < text.length) {
    const end = text.indexOf("\n", at);
    const [key, handle, f, g] = text.slice(at, end).split("\t") as [string, string, string, string];
    columns.keys.push(key);
    columns.handles.push(handle || key);
    columns.followerSince.push(f ? Number(f) : null);
    columns.followingSince.push(g ? Number(g) : null);
    at = end + 1;
  }
  return { hasFollowers: header.hasFollowers, hasFollowing: header.hasFollowing, columns };
}
