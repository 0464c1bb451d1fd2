import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scanJson } from "./json-stream";
import { CAPTURE, ENTER, SKIP, type JsonPath, type JsonVisitor } from "./json-visitor";
import { chunked, importError } from "./test-chunks";

/** Captures the top-level value whole (compared against JSON.parse). */
async function parseWhole(text: string | Uint8Array, size?: number): Promise<unknown> {
  let result: unknown;
  await scanJson(chunked(text, size), { begin: () => CAPTURE, value: (_p, v) => (result = v), end: () => {} }, "t.json");
  return result;
}

/** Enters every container and records the path and value of each primitive. */
async function walk(text: string | Uint8Array, size?: number): Promise<string[]> {
  const seen: string[] = [];
  const visitor: JsonVisitor = {
    begin: (_p, kind) => (kind === "object" || kind === "array" ? ENTER : CAPTURE),
    value: (p: JsonPath, v) => void seen.push(`${p.join("/")}=${JSON.stringify(v)}`),
    end: (p: JsonPath, kind) => void seen.push(`end ${p.join("/")} ${kind}`),
  };
  await scanJson(chunked(text, size), visitor, "t.json");
  return seen;
}

const VALID = [
  `{}`, `[]`, `0`, `-1.5e+3`, `"x"`, `true`, `null`,
  `{"a": [1, 2, {"b": null}], "c": "\\u00e9\\n\\"q\\"", "d": -0.25E-2}`,
  ` \r\n\t{ "nested" : [ [ [ ] ] , { } ] } \n`,
  `["🔥", "é", "\\ud83d\\udd25", "\\/"]`,
  String.raw`{"a": ["\\", "\"", "x\\\"y\\\\", "\\\\\\"]}`,
];

describe("JsonScanner on valid JSON", () => {
  it.each(VALID.flatMap((text) => [1, 2, 3, 7, 1000].map((size) => ({ text, size }))))("$text in chunks of $size", async ({ text, size }) => {
    expect(await parseWhole(text, size)).toEqual(JSON.parse(text));
  });

  it("any JSON value, in any chunking, entered or captured, reads as JSON.parse reads it", async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), fc.integer({ min: 1, max: 64 }), fc.boolean(), async (value, size, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        expect(await parseWhole(text, size)).toEqual(JSON.parse(text));
        await walk(text, size);
      }),
      { numRuns: 150 },
    );
  });

  it("reports paths of entered containers, array indexes and ends", async () => {
    expect(await walk(`{"a": [10, {"b": true}], "c": null}`, 3)).toEqual([
      "a/0=10", "a/1/b=true", "end a/1 object", "end a array", "c=null", "end  object",
    ]);
  });

  it("skips what the visitor skips, even when it is large", async () => {
    const big = JSON.stringify({ skip: Array.from({ length: 2000 }, (_, i) => ({ i, s: "x\"y".repeat(i % 5) })), keep: [1, 2] });
    const got: unknown[] = [];
    const visitor: JsonVisitor = {
      begin: (p) => (p.length === 0 || (p[0] === "keep" && p.length === 1) ? ENTER : p[0] === "keep" ? CAPTURE : SKIP),
      value: (_p, v) => void got.push(v),
      end: () => {},
    };
    await scanJson(chunked(big, 4096), visitor, "t.json");
    expect(got).toEqual([1, 2]);
  });
});

describe("JsonScanner on broken input", () => {
  it.each([
    { name: "empty", text: "", code: "empty-file" },
    { name: "only whitespace", text: "  \n ", code: "empty-file" },
    { name: "truncated object", text: `{"a": [1, 2`, code: "malformed", message: /truncated/ },
    { name: "truncated string", text: `{"a": "abc`, code: "malformed", message: /truncated/ },
    { name: "truncated escape", text: `["\\u00`, code: "malformed" },
    { name: "trailing comma", text: `[1, 2,]`, code: "malformed" },
    { name: "missing colon", text: `{"a" 1}`, code: "malformed", message: /':'/ },
    { name: "missing comma", text: `[1 2]`, code: "malformed" },
    { name: "bare word", text: `[tru]`, code: "malformed" },
    { name: "bad number", text: `[01]`, code: "malformed" },
    { name: "mismatched bracket", text: `{"a": [1}`, code: "malformed" },
    { name: "unquoted key", text: `{a: 1}`, code: "malformed" },
    { name: "bad escape", text: `["\\x41"]`, code: "malformed" },
    { name: "raw newline in string", text: `["a\nb"]`, code: "malformed" },
    { name: "text after the end", text: `{} {}`, code: "malformed", message: /after the end/ },
    { name: "NUL byte", text: `{"a": "\u0000"}`, code: "not-text" },
    { name: "NUL outside strings", text: `{\u0000}`, code: "not-text" },
    { name: "invalid UTF-8", text: new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]), code: "not-text" },
  ])("$name → $code", async ({ text, code, message }) => {
    for (const size of [1, 5, 1000]) {
      // Entered containers are validated by the scanner; captured values by JSON.parse: both must refuse.
      const error = await importError(walk(text, size));
      expect(error.code).toBe(code);
      if (message) expect(error.message).toMatch(message);
      expect((await importError(parseWhole(text, size))).code).toBe(code);
    }
  });

  it("names the character and the path where it broke", async () => {
    const visitor: JsonVisitor = { begin: (p) => (p.length < 2 ? ENTER : CAPTURE), value: () => {}, end: () => {} };
    const error = await importError(scanJson(chunked(`{"list": [1, 2, x]}`), visitor, "f.json"));
    expect(error.location).toBe("f.json, character 17 in list[2]");
  });

  it("refuses nesting deeper than it tracks in entered or skipped values", async () => {
    expect((await importError(walk("[".repeat(600) + "]".repeat(600)))).code).toBe("malformed");
    const skipAll: JsonVisitor = { begin: (p) => (p.length === 0 ? ENTER : SKIP), value: () => {}, end: () => {} };
    const error = await importError(scanJson(chunked(`{"a": ${"[".repeat(600)}${"]".repeat(600)}}`), skipAll, "t.json"));
    expect(error.message).toMatch(/nested too deeply/);
  });

  it("refuses a captured value over the size limit", async () => {
    const visitor: JsonVisitor = { begin: (p) => (p.length === 0 ? ENTER : CAPTURE), value: () => {}, end: () => {} };
    const big = `{"a": ["${"x".repeat(5000)}"]}`;
    const error = await importError(scanJson(chunked(big, 1000), visitor, "t.json", 4096));
    expect(error.code).toBe("wrong-shape");
  });

  it("reads UTF-16 with a BOM", async () => {
    const text = `{"a": "é🔥"}`;
    const le = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from({ length: text.length }, (_, i) => text.charCodeAt(i)).buffer)]);
    expect(await parseWhole(le, 3)).toEqual({ a: "é🔥" });
  });
});
