import { describe, expect, it } from "vitest";
import { handleKey, normalizeHandle } from "./handles";

describe("normalizeHandle", () => {
  it.each([
    { name: "plain lower-case", raw: "alice", key: "alice", display: "alice" },
    { name: "case folding keeps the display spelling", raw: "Alice.M", key: "alice.m", display: "Alice.M" },
    { name: "all caps", raw: "BOB_22", key: "bob_22", display: "BOB_22" },
    { name: "surrounding spaces", raw: "  alice  ", key: "alice", display: "alice" },
    { name: "tabs and newlines", raw: "\talice\r\n", key: "alice", display: "alice" },
    { name: "one leading @", raw: "@Alice", key: "alice", display: "Alice" },
    { name: "several leading @", raw: "@@@alice", key: "alice", display: "alice" },
    { name: "spaces around @", raw: "  @ alice ", key: "alice", display: "alice" },
    { name: "@ inside is kept", raw: "al@ice", key: "al@ice", display: "al@ice" },
    { name: "trailing @ is kept", raw: "alice@", key: "alice@", display: "alice@" },
    { name: "inner space is kept", raw: "ali ce", key: "ali ce", display: "ali ce" },
    { name: "zero-width space before @", raw: "\u200B@alice", key: "alice", display: "alice" },
    { name: "zero-width joiner inside", raw: "ali\u200Dce", key: "alice", display: "alice" },
    { name: "LRM / RLM marks", raw: "\u200E@alice\u200F", key: "alice", display: "alice" },
    { name: "RLE ... PDF embedding", raw: "\u202B@Alice\u202C", key: "alice", display: "Alice" },
    { name: "LRO / RLO overrides", raw: "\u202D\u202Ealice", key: "alice", display: "alice" },
    { name: "isolates U+2066-U+2069", raw: "\u2066@\u2067alice\u2068\u2069", key: "alice", display: "alice" },
    { name: "byte order mark", raw: "\uFEFFalice", key: "alice", display: "alice" },
    { name: "mark between spaces and @", raw: " \u200B @\u200Balice", key: "alice", display: "alice" },
    { name: "emoji", raw: "@Sun🌞Rise", key: "sun🌞rise", display: "Sun🌞Rise" },
    { name: "only emoji", raw: "🔥🔥", key: "🔥🔥", display: "🔥🔥" },
    { name: "Cyrillic", raw: "@Алиса", key: "алиса", display: "Алиса" },
    { name: "Greek", raw: "ΣΟΦΙΑ", key: "σοφια", display: "ΣΟΦΙΑ" },
    { name: "Japanese", raw: "さくら", key: "さくら", display: "さくら" },
    { name: "Arabic in RTL isolate", raw: "\u2067@سارة\u2069", key: "سارة", display: "سارة" },
    { name: "accented Latin", raw: "JOSÉ", key: "josé", display: "JOSÉ" },
  ])("$name: $raw", ({ raw, key, display }) => {
    expect(normalizeHandle(raw)).toEqual({ key, display });
    expect(handleKey(raw)).toBe(key);
  });

  it.each([
    { name: "empty", raw: "" },
    { name: "spaces", raw: "   " },
    { name: "whitespace mix", raw: " \t\n " },
    { name: "only @", raw: "@" },
    { name: "only several @", raw: "@@@" },
    { name: "@ with spaces", raw: " @ " },
    { name: "only invisible marks", raw: "\u200B\u200E\u202E\u2066\uFEFF" },
    { name: "@ and marks", raw: "\u200F@\u2069" },
  ])("$name → null", ({ raw }) => {
    expect(normalizeHandle(raw)).toBeNull();
    expect(handleKey(raw)).toBeNull();
  });

  it("gives one key for every spelling of the same handle", () => {
    const spellings = ["alice", "Alice", "@ALICE", " @@aLiCe ", "\u200E@Alice\u200F", "\uFEFFalice"];
    expect(new Set(spellings.map(handleKey))).toEqual(new Set(["alice"]));
  });

  it("keeps characters outside the invisible ranges", () => {
    // U+2010 (hyphen) and U+2065 are just outside the stripped ranges
    expect(handleKey("a\u2010b")).toBe("a\u2010b");
    expect(handleKey("a\u2065b")).toBe("a\u2065b");
  });
});
