// Property tests: mutated exports (cut short, bytes flipped or inserted, keys deleted or doubled, values of the
// wrong type) must give a well-formed ParsedExport or an ImportError: never another exception, never a hang.
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv";
import { parseFollowlensJson } from "./followlens-json";
import { parseFollowlensNdjson } from "./followlens-ndjson";
import { parseInstagram } from "./instagram";
import { chunked, NOW, source } from "./test-chunks";
import { parseTikTokJson } from "./tiktok-json";
import { parseTikTokTxt } from "./tiktok-txt";
import { ImportError, type ParsedExport, type ParsedList } from "./types";

// FUZZ_RUNS=5000 for a deeper search; the default keeps the unit suite fast.
const RUNS = Number(process.env.FUZZ_RUNS ?? 120);
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(import.meta.dirname, "../../../test/fixtures/exports", name)));

type Parse = (bytes: Uint8Array, chunk: number) => Promise<ParsedExport>;
const options = (name: string) => ({ now: NOW, name });
const PARSERS: { name: string; seeds: string[]; json: boolean; parse: (file: string) => Parse }[] = [
  { name: "TikTok JSON", seeds: ["tiktok-2020.json", "tiktok-2024.json", "tiktok-2025.json"], json: true, parse: () => (b, c) => parseTikTokJson(chunked(b, c), options("user_data_tiktok.json")) },
  { name: "TikTok TXT", seeds: ["Follower.txt", "Volger.txt", "Following.txt"], json: false, parse: (file) => (b, c) => parseTikTokTxt([source(file, b, c)], options(file)) },
  { name: "Instagram", seeds: ["instagram/followers_1.json", "instagram/following.json"], json: true, parse: (file) => (b, c) => parseInstagram([source(file, b, c)], options(file)) },
  { name: "CSV", seeds: ["followers.csv"], json: false, parse: () => (b, c) => parseCsv(chunked(b, c), options("list.csv")) },
  { name: "Followlens JSON", seeds: ["followlens.json"], json: true, parse: () => (b, c) => parseFollowlensJson(chunked(b, c), options("push.json")) },
  { name: "Followlens NDJSON", seeds: ["followlens.ndjson"], json: false, parse: () => (b, c) => parseFollowlensNdjson(chunked(b, c), options("push.ndjson")) },
];

const TOKENS = ['"', "{", "}", "[", "]", ",", ":", "\\", "null", "0", "-", "\n", "\r\n", "\u0000", "Date: ", "Username: ", "🔥", "\uFEFF", "1e400", "\\u12", "\uD800"];
const byteMutation = fc.oneof(
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("flip" as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 6 }) }),
  fc.record({ kind: fc.constant("token" as const), at: fc.nat(), text: fc.constantFrom(...TOKENS) }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 24 }) }),
  fc.record({ kind: fc.constant("copy" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 80 }), to: fc.nat() }),
);
type ByteMutation = typeof byteMutation extends fc.Arbitrary<infer T> ? T : never;

function mutateBytes(bytes: Uint8Array, m: ByteMutation): Uint8Array {
  const at = m.at % (bytes.length + 1);
  const splice = (start: number, remove: number, insert: Uint8Array) => new Uint8Array([...bytes.subarray(0, start), ...insert, ...bytes.subarray(start + remove)]);
  switch (m.kind) {
    case "truncate": return bytes.subarray(0, at);
    case "flip": return splice(at, 1, new Uint8Array([m.byte]));
    case "insert": return splice(at, 0, m.bytes);
    case "token": return splice(at, 0, new TextEncoder().encode(m.text));
    case "delete": return splice(at, m.length, new Uint8Array(0));
    case "copy": return splice(m.to % (bytes.length + 1), 0, bytes.slice(at, at + m.length));
  }
}

// Structural mutations of JSON: a value somewhere replaced (wrong type), a key deleted, or a key line doubled.
const structural = fc.record({
  route: fc.array(fc.nat(), { minLength: 0, maxLength: 6 }),
  op: fc.constantFrom("replace", "delete", "double", "rename"),
  newKey: fc.constantFrom("constructor", "__proto__", "toString", "FansList", "Follower", "UserName", "Date", "followers", "value", "relationships_following"),
  replacement: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom<unknown>(null, 12345, "", "a b", "2099-01-01 00:00:00", "not a date", [], {}, -1, true)),
});
type Structural = typeof structural extends fc.Arbitrary<infer T> ? T : never;

function mutateJson(bytes: Uint8Array, m: Structural): Uint8Array {
  const doc: unknown = JSON.parse(new TextDecoder().decode(bytes));
  if (m.op === "double" || m.op === "rename") {
    const lines = JSON.stringify(doc, null, 1).split("\n");
    const candidates = lines.map((l, i) => (/^\s*"[^"]*": /.test(l) && (m.op === "rename" || /: [^[{]/.test(l)) ? i : -1)).filter((i) => i >= 0);
    if (!candidates.length) return bytes;
    const i = candidates[(m.route[0] ?? 0) % candidates.length]!;
    if (m.op === "rename") lines[i] = lines[i]!.replace(/"[^"]*":/, `"${m.newKey}":`);
    else lines.splice(i, 0, `${lines[i]!.replace(/,$/, "")},`);
    return new TextEncoder().encode(lines.join("\n"));
  }
  let parent: unknown = doc;
  let key: string | number | null = null;
  for (const step of m.route) {
    const node: unknown = key === null ? parent : (parent as Record<string | number, unknown>)[key];
    if (typeof node !== "object" || node === null) break;
    const keys: (string | number)[] = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    if (!keys.length) break;
    if (key !== null) parent = node;
    key = keys[step % keys.length]!;
  }
  if (key === null) return new TextEncoder().encode(JSON.stringify(m.replacement));
  const target = parent as Record<string | number, unknown>;
  if (m.op === "delete" && !Array.isArray(target)) delete target[key];
  else if (m.op === "delete") (target as unknown as unknown[]).splice(Number(key), 1);
  else target[key] = m.replacement;
  return new TextEncoder().encode(JSON.stringify(doc, null, 2));
}

function assertList(list: ParsedList | null): void {
  if (list === null) return;
  expect(Array.isArray(list.handles)).toBe(true);
  expect(list.since).toBeInstanceOf(Float64Array);
  expect(list.since.length).toBe(list.handles.length);
  const keys = new Set<string>();
  for (const h of list.handles) {
    expect(typeof h === "string" && h.length > 0 && /^[\p{L}\p{M}\p{Nd}_.]+$/u.test(h)).toBe(true);
    keys.add(h.toLowerCase());
  }
  expect(keys.size).toBe(list.handles.length);
  for (const ms of list.since) expect(Number.isNaN(ms) || (Number.isFinite(ms) && ms <= NOW.getTime() + 86_400_000)).toBe(true);
}

function assertWellFormed(p: ParsedExport): void {
  expect(typeof p.format).toBe("string");
  expect(typeof p.layout).toBe("string");
  expect(p.followers !== null || p.following !== null).toBe(true);
  [p.followers, p.following, p.unfollowed].forEach(assertList);
  for (const d of [p.exportedAt, p.firstRecordAt, p.lastRecordAt]) expect(d === null || (d instanceof Date && !Number.isNaN(d.getTime()))).toBe(true);
  expect((p.firstRecordAt === null) === (p.lastRecordAt === null)).toBe(true);
  expect(p.warnings.every((w) => typeof w === "string")).toBe(true);
}

/** Either a well-formed result or an ImportError, within two seconds. */
async function outcome(run: Promise<ParsedExport>): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hang = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error("parser hung")), 2000)));
  try {
    assertWellFormed(await Promise.race([run, hang]));
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    expect(error.code).toMatch(/^[a-z-]+$/);
  } finally {
    clearTimeout(timer);
  }
}

describe.each(PARSERS)("$name under mutation", ({ seeds, json, parse }) => {
  const inputs = seeds.map((file) => ({ bytes: fixture(file), parse: parse(file) }));
  const input = fc.constantFrom(...inputs);
  const chunk = fc.constantFrom(1, 3, 17, 4096);

  it("chunking never changes the result", async () => {
    await fc.assert(
      fc.asyncProperty(input, fc.integer({ min: 1, max: 300 }), async ({ bytes, parse: run }, size) => {
        expect(await run(bytes, size)).toEqual(await run(bytes, Number.POSITIVE_INFINITY));
      }),
      { numRuns: 40 },
    );
  });

  it("byte mutations", async () => {
    await fc.assert(
      fc.asyncProperty(input, fc.array(byteMutation, { minLength: 1, maxLength: 3 }), chunk, async ({ bytes, parse: run }, mutations, size) => {
        await outcome(run(mutations.reduce(mutateBytes, bytes), size));
      }),
      { numRuns: RUNS },
    );
  });

  it.runIf(json)("structural JSON mutations", async () => {
    await fc.assert(
      fc.asyncProperty(input, structural, chunk, async ({ bytes, parse: run }, mutation, size) => {
        await outcome(run(mutateJson(bytes, mutation), size));
      }),
      { numRuns: RUNS },
    );
  });
});
