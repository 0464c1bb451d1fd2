import { describe, expect, it } from "vitest";
import { formatBytes } from "./format-bytes";

describe("formatBytes", () => {
  it.each([
    [300, "300 bytes"],
    [64 * 1024, "64 KB"],
    [8 * 1024 * 1024, "8 MB"],
    [512 * 1024 * 1024, "512 MB"],
    [1024 ** 3, "1 GB"],
  ])("%i → %s", (bytes, text) => expect(formatBytes(bytes)).toBe(text));
});
