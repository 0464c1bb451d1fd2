import { describe, expect, it } from "vitest";
import { describePartial, detectPartial, type ListCounts } from "./detect-partial";

const none: ListCounts = { followers: null, following: null };

describe("detectPartial", () => {
  it.each([
    { name: "first import, no profile", found: { followers: 5, following: 3 }, previous: none, profile: null, expected: null },
    { name: "a normal day's churn", found: { followers: 980, following: 200 }, previous: { followers: 1000, following: 200 }, profile: null, expected: null },
    { name: "a real 40% drop is not flagged against the previous snapshot", found: { followers: 600, following: null }, previous: { followers: 1000, following: null }, profile: null, expected: null },
    {
      name: "under half the previous followers",
      found: { followers: 400, following: 200 }, previous: { followers: 1000, following: 200 }, profile: null,
      expected: { list: "followers", found: 400, expected: 1000, against: "previous-snapshot" },
    },
    {
      name: "far under the profile's own count (checked first)",
      found: { followers: 700, following: 10 }, previous: { followers: 1000, following: 10 }, profile: { followers: 1000, following: 10 },
      expected: { list: "followers", found: 700, expected: 1000, against: "profile-count" },
    },
    {
      name: "the following list cut short",
      found: { followers: 1000, following: 20 }, previous: { followers: 1000, following: 300 }, profile: null,
      expected: { list: "following", found: 20, expected: 300, against: "previous-snapshot" },
    },
    { name: "small accounts: a gap under 10 is never partial", found: { followers: 2, following: null }, previous: { followers: 9, following: null }, profile: { followers: 10, following: null }, expected: null },
    { name: "a list the export lacks is not judged", found: { followers: null, following: 5 }, previous: { followers: 1000, following: 5 }, profile: { followers: 1000, following: 5 }, expected: null },
    { name: "a profile count a little above the list", found: { followers: 950, following: null }, previous: none, profile: { followers: 1000, following: null }, expected: null },
  ])("$name", ({ found, previous, profile, expected }) => {
    expect(detectPartial(found, previous, profile)).toEqual(expected);
  });

  it("says it in words", () => {
    expect(describePartial({ list: "followers", found: 400, expected: 12000, against: "profile-count" })).toBe(
      "This export lists 400 followers, but the export's own profile says 12,000: it is probably incomplete.",
    );
  });
});
