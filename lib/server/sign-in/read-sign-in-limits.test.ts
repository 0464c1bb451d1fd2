import { describe, expect, it } from "vitest";
import { readSignInLimits } from "./read-sign-in-limits";

const min = 60_000;
const day = 24 * 60 * min;

describe("readSignInLimits", () => {
  it.each([
    {
      name: "defaults",
      env: {},
      out: {
        account: { maxFailures: 10, lockMs: 15 * min, maxLockMs: day, forgetAfterMs: day },
        address: { maxFailures: 30, lockMs: 15 * min, maxLockMs: day, forgetAfterMs: 60 * min },
      },
    },
    {
      name: "each setting",
      env: { FOLLOWLENS_SIGNIN_MAX_FAILURES: "5", FOLLOWLENS_SIGNIN_MAX_ADDRESS_FAILURES: "50", FOLLOWLENS_SIGNIN_LOCK_MINUTES: "2.5", FOLLOWLENS_SIGNIN_ADDRESS_WINDOW_MINUTES: "30" },
      out: {
        account: { maxFailures: 5, lockMs: 2.5 * min, maxLockMs: day, forgetAfterMs: day },
        address: { maxFailures: 50, lockMs: 2.5 * min, maxLockMs: day, forgetAfterMs: 30 * min },
      },
    },
    {
      name: "nonsense falls back (counts must be whole)",
      env: { FOLLOWLENS_SIGNIN_MAX_FAILURES: "2.5", FOLLOWLENS_SIGNIN_MAX_ADDRESS_FAILURES: "0", FOLLOWLENS_SIGNIN_LOCK_MINUTES: "-1", FOLLOWLENS_SIGNIN_ADDRESS_WINDOW_MINUTES: "soon" },
      out: { account: { maxFailures: 10, lockMs: 15 * min }, address: { maxFailures: 30, forgetAfterMs: 60 * min } },
    },
    {
      name: "a base lockout past a day raises the cap with it",
      env: { FOLLOWLENS_SIGNIN_LOCK_MINUTES: String(48 * 60) },
      out: { account: { lockMs: 2 * day, maxLockMs: 2 * day }, address: { lockMs: 2 * day, maxLockMs: 2 * day } },
    },
  ])("$name", ({ env, out }) => {
    expect(readSignInLimits(env as NodeJS.ProcessEnv)).toMatchObject(out);
  });
});
