import { describe, expect, it } from "vitest";
import { fixMojibake } from "./mojibake";

describe("fixMojibake", () => {
  it.each([
    { raw: "caf\u00c3\u00a9", want: "café" },
    { raw: "\u00d0\u00b0\u00d0\u00bb\u00d0\u00b8\u00d1\u0081\u00d0\u00b0", want: "алиса" },
    { raw: "\u00f0\u009f\u0094\u00a5", want: "🔥" },
    { raw: "plain", want: "plain" },
    { raw: "zo\u00eb", want: "zoë" },
    { raw: "Ã", want: "Ã" },
    { raw: "café", want: "café" },
    { raw: "日本", want: "日本" },
  ])("$raw → $want", ({ raw, want }) => {
    expect(fixMojibake(raw)).toBe(want);
  });
});
