import { describe, expect, it } from "vitest";
import { describeSignInLockout } from "./describe-sign-in-lockout";
import { isSignInLockoutMessage } from "./is-sign-in-lockout-message";

const min = 60_000;

describe("describeSignInLockout", () => {
  it.each([
    { wait: 14 * min, out: "Too many failed sign-ins. Try again in 14 minutes." },
    { wait: 13 * min + 1, out: "Too many failed sign-ins. Try again in 14 minutes." }, // rounded up: never too early
    { wait: 15 * min, out: "Too many failed sign-ins. Try again in 15 minutes." },
    { wait: 30_000, out: "Too many failed sign-ins. Try again in 1 minute." },
    { wait: 0, out: "Too many failed sign-ins. Try again in 1 minute." },
    { wait: -5_000, out: "Too many failed sign-ins. Try again in 1 minute." },
    { wait: 90 * min, out: "Too many failed sign-ins. Try again in 90 minutes." },
    { wait: 90 * min + 1, out: "Too many failed sign-ins. Try again in 2 hours." },
    { wait: 24 * 60 * min, out: "Too many failed sign-ins. Try again in 24 hours." },
  ])("$wait ms: $out", ({ wait, out }) => {
    expect(describeSignInLockout(wait)).toBe(out);
    expect(isSignInLockoutMessage(out)).toBe(true);
  });
});

describe("isSignInLockoutMessage", () => {
  it.each([
    "CredentialsSignin",
    "",
    null,
    undefined,
    "connect ECONNREFUSED 127.0.0.1:5432",
    "Too many failed sign-ins. Try again in 14 minutes. <a href=//evil>click</a>",
    "Too many failed sign-ins. Try again in soon minutes.",
  ])("is not fooled by %j", (text) => {
    expect(isSignInLockoutMessage(text)).toBe(false);
  });
});
