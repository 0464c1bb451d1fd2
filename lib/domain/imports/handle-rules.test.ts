import { describe, expect, it } from "vitest";
import { cleanHandle } from "./handle-rules";

describe("cleanHandle", () => {
  it.each([
    { raw: "alice.m", key: "alice.m", display: "alice.m" },
    { raw: "Bob_22", key: "bob_22", display: "Bob_22" },
    { raw: "@Alice", key: "alice", display: "Alice" },
    { raw: " \u200e@zoë.k\u200f ", key: "zoë.k", display: "zoë.k" },
    { raw: "алиса_1", key: "алиса_1", display: "алиса_1" },
    { raw: "さくら", key: "さくら", display: "さくら" },
    { raw: "नमस्ते", key: "नमस्ते", display: "नमस्ते" },
    { raw: "user٣", key: "user٣", display: "user٣" },
    { raw: "a".repeat(64), key: "a".repeat(64), display: "a".repeat(64) },
  ])("$raw is allowed", ({ raw, key, display }) => {
    expect(cleanHandle(raw)).toEqual({ key, display });
  });

  it.each([
    { raw: "a b", code: "bad-handle", message: /a space/ },
    { raw: "sun🌞", code: "bad-handle", message: /U\+1F31E/ },
    { raw: "❤️", code: "bad-handle" },
    { raw: "a\uFE0F", code: "bad-handle" },
    { raw: "a-b", code: "bad-handle" },
    { raw: "a@b", code: "bad-handle" },
    { raw: "x/y", code: "bad-handle" },
    { raw: "", code: "bad-handle" },
    { raw: "  @ ", code: "bad-handle" },
    { raw: "\u200b", code: "bad-handle" },
    { raw: "a".repeat(65), code: "bad-handle", message: /longer/ },
    { raw: 42, code: "wrong-shape" },
    { raw: null, code: "wrong-shape", message: /without a handle/ },
    { raw: ["a"], code: "wrong-shape" },
  ])("$raw is refused ($code)", ({ raw, code, message }) => {
    expect(() => cleanHandle(raw)).toThrow(expect.objectContaining({ code }));
    if (message) expect(() => cleanHandle(raw)).toThrow(message);
  });
});
