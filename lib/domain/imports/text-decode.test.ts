import { describe, expect, it } from "vitest";
import { decodeChunks, NotText } from "./text-decode";
import { chunked } from "./test-chunks";

async function decode(bytes: Uint8Array, size?: number): Promise<string> {
  let out = "";
  for await (const text of decodeChunks(chunked(bytes, size))) out += text;
  return out;
}

const utf16 = (text: string, bigEndian: boolean, bom = true) => {
  const units = Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
  const bytes = units.flatMap((u) => (bigEndian ? [u >> 8, u & 0xff] : [u & 0xff, u >> 8]));
  return new Uint8Array([...(bom ? (bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : []), ...bytes]);
};
const SAMPLE = "Datum: 2024 é 🔥\r\nx";

describe("decodeChunks", () => {
  it.each([
    { name: "UTF-8", bytes: new TextEncoder().encode(SAMPLE) },
    { name: "UTF-8 with a BOM", bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(SAMPLE)]) },
    { name: "UTF-16 LE with a BOM", bytes: utf16(SAMPLE, false) },
    { name: "UTF-16 BE with a BOM", bytes: utf16(SAMPLE, true) },
    { name: "UTF-16 LE without a BOM", bytes: utf16(SAMPLE, false, false) },
  ])("$name, in any chunk size", async ({ bytes }) => {
    for (const size of [1, 2, 3, 5, 1000]) expect(await decode(bytes, size)).toBe(SAMPLE);
  });

  it.each([
    { name: "NUL in UTF-8", bytes: new Uint8Array([0x61, 0x0a, 0x62, 0x00, 0x63]), valid: "a\nb" },
    { name: "invalid UTF-8", bytes: new Uint8Array([0x61, 0x0a, 0x62, 0xc3, 0x28]), valid: "a\nb" },
    { name: "a lone surrogate in UTF-16", bytes: new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x00, 0xd8, 0x61, 0x00]), valid: "" },
    { name: "NUL in UTF-16", bytes: utf16("ab\u0000c", false), valid: "ab" },
  ])("$name is not text", async ({ bytes, valid }) => {
    const error = await decode(bytes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotText);
    expect((error as NotText).validText).toBe(valid);
  });

  it("short inputs", async () => {
    expect(await decode(new Uint8Array([0x61]))).toBe("a");
    expect(await decode(new Uint8Array(0))).toBe("");
  });
});
