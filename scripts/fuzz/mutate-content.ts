// Mutations of one export file's bytes: byte flips, truncation, deleted and duplicated spans, huge values, deep
// nesting, encoding changes, bytes that are not text, hostile handles, and structural JSON edits (a value of the
// wrong type, a key removed or renamed, an entry repeated thousands of times).
import type { Rng } from "@/lib/domain/demo/random";

type Mutation = (bytes: Uint8Array, rng: Rng) => Uint8Array;

const encoder = new TextEncoder();
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const at = (bytes: Uint8Array, rng: Rng) => rng.int(0, bytes.length);
const splice = (bytes: Uint8Array, start: number, remove: number, insert: Uint8Array) => {
  const out = new Uint8Array(bytes.length - Math.min(remove, bytes.length - start) + insert.length);
  out.set(bytes.subarray(0, start));
  out.set(insert, start);
  out.set(bytes.subarray(start + remove), start + insert.length);
  return out;
};

const TOKENS = ['"', "{", "}", "[", "]", ",", ":", "\\", "null", "-", "\n", "\r\n", "\r", "Date: ", "Username: ", "handle,", '"UserName": ', '"FansList": ', "🔥", "\uFEFF", "1e400", "\\u12", "\\ud800", "\u2028", '"__proto__": ', "\t"];
const NOT_TEXT = [[0x00], [0xff], [0xc3, 0x28], [0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xc0, 0xaf], [0xfe, 0xff], [0xff, 0xfe]];
const HOSTILE_HANDLES = ["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(1)", "\t=1", "\r=1", "../../etc/passwd", "a\\u0000b", "", " ", "\u202Eevil", "🔥🔥", "a".repeat(100_000), "é".repeat(70), "constructor", "__proto__", "ＡＢＣ", "a\u0301", "x".repeat(65)];
const HUGE_FILL = ["a", "é", "🔥", "0", " ", "\\\\", "\\u0041"];

const byteMutations: Record<string, Mutation> = {
  flip: (b, rng) => {
    const out = b.slice();
    for (let k = rng.int(1, 8); k > 0 && out.length; k--) out[rng.int(0, out.length - 1)] = rng.int(0, 255);
    return out;
  },
  truncate: (b, rng) => b.subarray(0, at(b, rng)),
  "delete span": (b, rng) => {
    const start = at(b, rng);
    return splice(b, start, rng.int(1, 200), new Uint8Array(0));
  },
  "duplicate span": (b, rng) => {
    const start = at(b, rng);
    const span = b.slice(start, start + rng.int(1, 400));
    const times = rng.chance(0.2) ? rng.int(100, 5_000) : rng.int(1, 3);
    const repeated = new Uint8Array(span.length * times);
    for (let i = 0; i < times; i++) repeated.set(span, i * span.length);
    return splice(b, at(b, rng), 0, repeated);
  },
  "insert token": (b, rng) => splice(b, at(b, rng), 0, encoder.encode(rng.pick(TOKENS))),
  "insert random bytes": (b, rng) => splice(b, at(b, rng), 0, Uint8Array.from({ length: rng.int(1, 8) }, () => rng.int(0, 255))),
  "insert bytes that are not text": (b, rng) => splice(b, at(b, rng), 0, Uint8Array.from(rng.pick(NOT_TEXT))),
  "huge value": (b, rng) => splice(b, at(b, rng), 0, encoder.encode(rng.pick(HUGE_FILL).repeat(rng.int(10_000, 300_000)))),
  "deep nesting": (b, rng) => {
    const depth = rng.int(500, 100_000);
    const open = rng.pick(["[", '{"a":', "[{"]);
    const close = rng.chance(0.5) ? { "[": "]", '{"a":': "1}", "[{": "}]" }[open]! : "";
    return splice(b, at(b, rng), 0, encoder.encode(open.repeat(depth) + (close ? close.repeat(depth) : "")));
  },
};

const textMutations: Record<string, Mutation> = {
  "UTF-16 LE": (b, rng) => utf16(decode(b), false, rng.chance(0.5)),
  "UTF-16 BE": (b, rng) => utf16(decode(b), true, rng.chance(0.5)),
  "UTF-8 BOM": (b) => splice(b, 0, 0, new Uint8Array([0xef, 0xbb, 0xbf])),
  "Latin-1": (b) => Uint8Array.from(decode(b), (ch) => Math.min(ch.codePointAt(0)!, 0xff)),
  "CRLF line ends": (b) => encoder.encode(decode(b).replace(/\r?\n/g, "\r\n")),
  "CR line ends": (b) => encoder.encode(decode(b).replace(/\r?\n/g, "\r")),
  "hostile handle": (b, rng) => {
    const text = decode(b);
    const spots = [...text.matchAll(/(UserName"\s*:\s*"|Username: |"value"\s*:\s*"|"handle"\s*:\s*"|\n)([^"\r\n,]*)/g)];
    if (!spots.length) return b;
    const spot = rng.pick(spots);
    const start = spot.index! + spot[1]!.length;
    return encoder.encode(text.slice(0, start) + rng.pick(HOSTILE_HANDLES) + text.slice(start + spot[2]!.length));
  },
  "huge number": (b, rng) => {
    const text = decode(b);
    const numbers = [...text.matchAll(/\d+/g)];
    if (!numbers.length) return b;
    const n = rng.pick(numbers);
    const value = rng.pick(["1e400", "-1", "99999999999999999999999", "1.5", "0", "-0", "NaN", "9".repeat(5000), "253402300800000"]);
    return encoder.encode(text.slice(0, n.index!) + value + text.slice(n.index! + n[0].length));
  },
  "JSON structure": (b, rng) => {
    let doc: unknown;
    try {
      doc = JSON.parse(decode(b).replace(/^\uFEFF/, ""));
    } catch {
      return b;
    }
    return encoder.encode(JSON.stringify(editJson(doc, rng), null, rng.pick([0, 2])));
  },
};

const ODD_VALUES: (() => unknown)[] = [
  () => null, () => 0, () => -1, () => "", () => "not a date", () => "2099-01-01 00:00:00", () => [], () => ({}), () => true,
  () => "x".repeat(200_000), () => Array(50_000).fill(""), () => Array(20_000).fill({ UserName: "same" }), () => 1e308,
];

/** One edit at a random place of a parsed JSON document. */
function editJson(doc: unknown, rng: Rng): unknown {
  const path: [Record<string | number, unknown>, string | number][] = [];
  let node = doc;
  for (let depth = 0; depth < 8 && typeof node === "object" && node !== null; depth++) {
    const keys: (string | number)[] = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    if (!keys.length || (depth > 0 && rng.chance(0.25))) break;
    const key = rng.pick(keys);
    path.push([node as Record<string | number, unknown>, key]);
    node = (node as Record<string | number, unknown>)[key];
  }
  const last = path[path.length - 1];
  if (!last) return rng.pick(ODD_VALUES)();
  const [parent, key] = last;
  const op = rng.int(0, 3);
  if (op === 0) parent[key] = rng.pick(ODD_VALUES)();
  else if (op === 1 && Array.isArray(parent)) parent.splice(key as number, 1);
  else if (op === 1) delete parent[key];
  else if (op === 2 && Array.isArray(parent)) parent.push(...Array(rng.int(1, 3_000)).fill(parent[key as number]));
  else if (!Array.isArray(parent)) {
    const value = parent[key];
    delete parent[key];
    parent[rng.pick(["__proto__", "constructor", "toString", "FansList", "Follower", "followers", "relationships_following", "UserName", " user name ", "DATE"])] = value;
  }
  return doc;
}

function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const bytes = Buffer.from((bom ? "\uFEFF" : "") + text, "utf16le");
  return new Uint8Array(bigEndian ? bytes.swap16() : bytes);
}

const BYTE_NAMES = Object.keys(byteMutations);
const TEXT_NAMES = Object.keys(textMutations);

/** 1 to 3 mutations of a file's bytes; returns the bytes and what was done, for the report. */
export function mutateContent(bytes: Uint8Array, rng: Rng, done: string[]): Uint8Array {
  let out = bytes;
  for (let k = rng.int(1, 3); k > 0; k--) {
    const text = rng.chance(0.35);
    const name = rng.pick(text ? TEXT_NAMES : BYTE_NAMES);
    out = (text ? textMutations : byteMutations)[name]!(out, rng);
    done.push(name);
  }
  return out;
}
