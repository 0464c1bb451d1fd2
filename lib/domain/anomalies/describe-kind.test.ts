import { describe, expect, it } from "vitest";
import { describeKind, kindExplanation } from "./describe-kind";
import { anomalyKinds } from "./types";

describe("describeKind and kindExplanation", () => {
  it.each(anomalyKinds.map((kind) => ({ kind })))("$kind has a title and one line of explanation", ({ kind }) => {
    expect(describeKind(kind)).toMatch(/^[A-Z][a-z ]+$/);
    expect(kindExplanation(kind)).toMatch(/\.$/);
    expect(kindExplanation(kind)).not.toContain("\n");
  });

  it.each([
    { kind: "follow-not-registered" as const, title: "Follow not registered" },
    { kind: "mass-unfollow-spike" as const, title: "Mass unfollow spike" },
    { kind: "platform-incident" as const, title: "Platform incident" },
  ])("$kind reads $title", ({ kind, title }) => {
    expect(describeKind(kind)).toBe(title);
  });
});
