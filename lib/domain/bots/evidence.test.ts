import { describe, expect, it } from "vitest";
import { confidenceFor, evidenceOf, missingWords } from "./evidence";
import type { BotSignalInput } from "./types";

const fields: Partial<BotSignalInput>[] = [
  { followerCount: 10 }, { followingCount: 20 }, { videoCount: 0 }, { hasAvatar: true },
  { isPrivate: false }, { bioLength: 0 }, { accountCreatedAt: new Date("2024-01-01") }, { lastPostAt: new Date("2025-01-01") },
];
const withFields = (n: number, extra: Partial<BotSignalInput> = {}): BotSignalInput => Object.assign({ handle: "a" }, ...fields.slice(0, n), extra);

describe("evidenceOf and confidenceFor", () => {
  it.each([
    { name: "handle only", input: withFields(0), confidence: "low", timing: false },
    { name: "handle and follow date", input: withFields(0, { batch: null }), confidence: "low", timing: true },
    { name: "two fields", input: withFields(2, { batch: null }), confidence: "low", timing: true },
    { name: "three fields", input: withFields(3), confidence: "medium", timing: false },
    { name: "five fields", input: withFields(5), confidence: "medium", timing: false },
    { name: "six fields (most)", input: withFields(6), confidence: "high", timing: false },
    { name: "every field", input: withFields(8, { batch: { id: "b", size: 5, windowMinutes: 3 } }), confidence: "high", timing: true },
    { name: "cycle history without a profile", input: withFields(0, { followCycles: 1 }), confidence: "medium", timing: false },
    { name: "zero cycles is no history", input: withFields(1, { followCycles: 0 }), confidence: "low", timing: false },
  ])("$name: $confidence", ({ input, confidence, timing }) => {
    const e = evidenceOf(input);
    expect(confidenceFor(e)).toBe(confidence);
    expect(e.timingChecked).toBe(timing);
  });

  it("counts only valid values as known and names the missing ones in plain words", () => {
    const e = evidenceOf({ handle: "a", followerCount: Number.NaN, videoCount: 3, accountCreatedAt: new Date("x"), hasAvatar: false });
    expect(e.knownFields).toBe(2);
    expect(missingWords(e)).toBe("followers, following, privacy, bio, account age, last post");
  });
});
