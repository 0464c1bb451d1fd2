import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LIKELY_BOT_AT, labelFor, scoreAccount, SUSPICIOUS_AT } from "./score-account";
import { BOT_SCORE_VERSION, type BotSignalInput } from "./types";
import { WEIGHTS as W } from "./weights";

const NOW = new Date("2025-06-01T00:00:00Z");
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000);

const farmBot: BotSignalInput = {
  handle: "emma_k7382910", hasAvatar: false, videoCount: 0, followingCount: 4200, followerCount: 12,
  bioLength: 0, accountCreatedAt: daysAgo(9), isPrivate: false,
};
const creator: BotSignalInput = {
  handle: "jessica.miller", hasAvatar: true, videoCount: 230, followingCount: 310, followerCount: 48_000,
  bioLength: 64, accountCreatedAt: daysAgo(1500), lastPostAt: daysAgo(2), isPrivate: false,
};

describe("scoreAccount", () => {
  it.each([
    { name: "classic follow-farm bot (tells stack past 100)", input: farmBot, label: "likely-bot", score: 100, confidence: "high" },
    { name: "creator with many videos", input: creator, label: "likely-real", score: 0, confidence: "high" },
    {
      // v2 called this a new real user ("suspicious"); in the fit set, 6 followers, no videos and no bio is a fake.
      name: "brand-new account with 6 followers, no videos and no bio",
      input: { handle: "maria_jose_09", hasAvatar: true, videoCount: 0, followingCount: 85, followerCount: 6, bioLength: 0, accountCreatedAt: daysAgo(12) },
      label: "likely-bot", score: 100, confidence: "high",
    },
    {
      name: "private real account",
      input: { handle: "lena.k", hasAvatar: true, isPrivate: true, videoCount: 0, followingCount: 180, followerCount: 140, bioLength: 15 },
      label: "likely-real", score: W.private + W.zeroVideosPrivate + W.fewFollowers150, confidence: "high",
    },
    {
      name: "bought follower with three fields known",
      input: { handle: "xkqzvbnm", hasAvatar: false, videoCount: 0, followerCount: 0 },
      label: "likely-bot", score: W.noAvatar + W.zeroVideos + W.fewFollowers10 + W.randomHandle, confidence: "medium",
    },
    {
      name: "a batch member with little profile data is still scored (behaviour is evidence)",
      input: { handle: "user8273645510", batch: { id: "b1", size: 25, windowMinutes: 8 } },
      label: "suspicious", score: W.largeBatch + W.defaultHandle, confidence: "low",
    },
    {
      name: "follow-for-follow seesaw plus mass following",
      input: { handle: "grow.with.tom", followCycles: 3, followingCount: 6000, followerCount: 150, hasAvatar: true, videoCount: 3 },
      label: "suspicious", score: W.followCycles + W.hugeFollowing + W.ratioStrong, confidence: "medium",
    },
  ])("$name", ({ input, label, score, confidence }) => {
    const result = scoreAccount(input, NOW);
    expect(result.label).toBe(label);
    expect(result.score).toBe(score);
    expect(result.confidence).toBe(confidence);
    expect(result.version).toBe(BOT_SCORE_VERSION);
  });

  it("explains itself: every counted signal with its value, sorted by weight, missing fields named", () => {
    const result = scoreAccount(farmBot, NOW);
    expect(result.reasons.map((r) => [r.signal, r.value, r.weight])).toEqual([
      ["digit-heavy-handle", "emma_k7382910", W.digitHeavyHandle],
      ["few-followers", 12, W.fewFollowers50],
      ["no-avatar", false, W.noAvatar],
      ["following-ratio", 350, W.ratioStrong],
      ["empty-bio", 0, W.emptyBio],
      ["zero-videos", 0, W.zeroVideos],
      ["mass-following", 4200, W.massFollowing],
      ["young-account", 9, W.youngAccount],
      ["missing-fields", 1, 0],
    ]);
    expect(result.reasons.at(-1)?.detail).toBe("not known, not counted: last post");
  });

  it("leaves out a signal whose bucket the fit gave no weight", () => {
    expect(W.private).toBe(0);
    const result = scoreAccount({ handle: "lena.k", isPrivate: true, followerCount: 300 }, NOW);
    expect(result.reasons.map((r) => r.signal)).toEqual(["missing-fields"]);
  });

  it("clamps strongly real evidence at 0 and stacked tells at 100", () => {
    expect(scoreAccount(creator, NOW).reasons.every((r) => r.weight <= 0)).toBe(true);
    expect(scoreAccount({ ...farmBot, batch: { id: "b", size: 50, windowMinutes: 5 }, followCycles: 6 }, NOW).score).toBe(100);
  });

  it.each([
    { score: 0, label: "likely-real" },
    { score: SUSPICIOUS_AT - 1, label: "likely-real" },
    { score: SUSPICIOUS_AT, label: "suspicious" },
    { score: LIKELY_BOT_AT - 1, label: "suspicious" },
    { score: LIKELY_BOT_AT, label: "likely-bot" },
    { score: 100, label: "likely-bot" },
  ])("labelFor($score) = $label", ({ score, label }) => {
    expect(labelFor(score)).toBe(label);
  });
});

const small = { id: "batch-1", size: 8, windowMinutes: 6 };
const large = { id: "batch-2", size: 40, windowMinutes: 12 };
const NO_PROFILE = "no profile: followers, following, videos, avatar, privacy, bio, account age, last post not known";

describe("scoreAccount with only a handle and a follow date", () => {
  it.each([
    { name: "a chosen name that followed on its own", input: { handle: "lena.k", batch: null }, label: "likely-real", score: 0, signals: ["no-profile"] },
    { name: "the auto-assigned name alone (real lurkers keep it too)", input: { handle: "user8273645510", batch: null }, label: "likely-real", score: W.defaultHandle, signals: ["default-handle", "no-profile"] },
    { name: "a random-looking name alone", input: { handle: "xkqzvbnm", batch: null }, label: "likely-real", score: W.randomHandle, signals: ["random-handle", "no-profile"] },
    { name: "digits in the name alone", input: { handle: "lilly_7263", batch: null }, label: "likely-real", score: W.digitsInHandle, signals: ["digit-heavy-handle", "no-profile"] },
    { name: "auto-assigned name in a small batch", input: { handle: "user8273645510", batch: small }, label: "suspicious", score: W.batch + W.defaultHandle, signals: ["coordinated-batch", "default-handle", "no-profile"] },
    { name: "auto-assigned name in a large batch", input: { handle: "user8273645510", batch: large }, label: "suspicious", score: W.largeBatch + W.defaultHandle, signals: ["coordinated-batch", "default-handle", "no-profile"] },
    { name: "random name in a small batch", input: { handle: "xkqzvbnm", batch: small }, label: "suspicious", score: W.batch + W.randomHandle, signals: ["coordinated-batch", "random-handle", "no-profile"] },
  ])("$name: $label, low confidence", ({ input, label, score, signals }) => {
    const result = scoreAccount(input, NOW);
    expect(result).toMatchObject({ label, score, confidence: "low", version: BOT_SCORE_VERSION });
    expect(result.reasons.map((r) => r.signal)).toEqual(signals);
    expect(result.reasons.at(-1)).toEqual({ signal: "no-profile", value: 0, weight: 0, detail: `${NO_PROFILE}; judged on name and follow timing only` });
  });

  it("an account with no follow date (one you follow) is judged on its name alone", () => {
    const result = scoreAccount({ handle: "user8273645510" }, NOW);
    expect(result).toMatchObject({ label: "likely-real", score: W.defaultHandle, confidence: "low" });
    expect(result.reasons.at(-1)?.detail).toBe(`${NO_PROFILE}; judged on the name only`);
  });

  it.each([
    { name: "one earlier follow and unfollow", input: { handle: "lena.k", batch: null, followCycles: 1 }, label: "likely-real", score: 0 },
    { name: "the follow-for-follow seesaw", input: { handle: "user8273645510", batch: null, followCycles: 3 }, label: "likely-real", score: W.followCycles + W.defaultHandle },
    { name: "a seesaw inside a batch", input: { handle: "user8273645510", batch: large, followCycles: 6 }, label: "likely-bot", score: W.manyFollowCycles + W.largeBatch + W.defaultHandle },
  ])("cycle history raises the confidence to medium: $name", ({ input, label, score }) => {
    expect(scoreAccount(input, NOW)).toMatchObject({ label, score, confidence: "medium" });
  });

  it.each([
    { name: "handle without a tell, nothing else", input: { handle: "lena.k" } },
    { name: "no cycles seen is not history", input: { handle: "lena.k", followCycles: 0 } },
    { name: "cycles unknown", input: { handle: "lena.k", followCycles: null } },
    { name: "an invalid date is not a field", input: { handle: "lena.k", accountCreatedAt: new Date("x") } },
  ])("stays unknown only with nothing to go on: $name", ({ input }) => {
    const result = scoreAccount(input, NOW);
    expect(result).toMatchObject({ score: null, label: "unknown", confidence: null, version: BOT_SCORE_VERSION });
    expect(result.reasons).toEqual([{ signal: "insufficient-data", value: 0, weight: 0, detail: "nothing to go on: no profile, no follow date, and the handle shows no tell" }]);
  });

  it("a thin profile is scored with low confidence and its missing fields named", () => {
    const result = scoreAccount({ handle: "a7f3k9q2", hasAvatar: false, videoCount: 0, batch: null }, NOW);
    expect(result).toMatchObject({ label: "suspicious", score: W.noAvatar + W.zeroVideos + W.randomHandle, confidence: "low" });
    expect(result.reasons.at(-1)?.detail).toBe("not known, not counted: followers, following, privacy, bio, account age, last post");
  });

  const handles = fc.oneof(
    fc.constantFrom("user8273645510", "xkqzvbnm", "emma_k7382910", "lilly_7263", "lena.k", "jo1990", "a7f3k9q2"),
    fc.string({ minLength: 1, maxLength: 16 }),
  );
  const batches = fc.oneof(fc.constant(undefined), fc.constant(null), fc.record({ id: fc.constant("b"), size: fc.integer({ min: 5, max: 500 }), windowMinutes: fc.integer({ min: 1, max: 60 }) }));
  const nameTells = new Set(["default-handle", "random-handle", "digit-heavy-handle"]);

  it("with handle and timing only: never likely-bot, and suspicious only for a batch member with a generated-looking name", () => {
    fc.assert(
      fc.property(handles, batches, (handle, batch) => {
        const result = scoreAccount({ handle, batch }, NOW);
        expect(result.label).not.toBe("likely-bot");
        if (result.label === "suspicious") {
          expect(batch).toBeTruthy();
          expect(result.reasons.some((r) => nameTells.has(r.signal))).toBe(true);
        }
        if (result.label !== "unknown") expect(result.confidence).toBe("low");
      }),
      { numRuns: 500 },
    );
  });

  it("holds a low-confidence score below likely-bot and says so", () => {
    const input = { handle: "emma_k7382910", hasAvatar: false, videoCount: 0, batch: large };
    const total = W.digitHeavyHandle + W.noAvatar + W.zeroVideos + W.largeBatch;
    expect(total).toBeGreaterThanOrEqual(LIKELY_BOT_AT);
    const result = scoreAccount(input, NOW);
    expect(result).toMatchObject({ label: "suspicious", score: LIKELY_BOT_AT - 1, confidence: "low" });
    expect(result.reasons).toContainEqual({ signal: "thin-evidence", value: total, weight: 0, detail: `held below likely-bot (${LIKELY_BOT_AT}): too little of the profile is known` });
  });

  it("at low confidence, never likely-bot however the tells stack", () => {
    const field = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
    fc.assert(
      fc.property(handles, batches, field(fc.integer({ min: 0, max: 10_000 })), field(fc.integer({ min: 0, max: 10_000 })), field(fc.boolean()), (handle, batch, followerCount, followingCount, hasAvatar) => {
        const input = { handle, batch, followerCount, followingCount, hasAvatar: followerCount !== null && followingCount !== null ? null : hasAvatar };
        const result = scoreAccount(input, NOW);
        if (result.confidence === "low") expect(result.label).not.toBe("likely-bot");
      }),
      { numRuns: 500 },
    );
  });
});
