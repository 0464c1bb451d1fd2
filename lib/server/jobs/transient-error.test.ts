import { describe, expect, it } from "vitest";
import { isTransientError } from "./transient-error";

const withCode = (code: string, message = "x") => Object.assign(new Error(message), { code });

describe("isTransientError", () => {
  it.each([
    ["connection refused", withCode("ECONNREFUSED"), true],
    ["admin shutdown (server restarting)", withCode("57P01", "terminating connection due to administrator command"), true],
    ["too many clients", withCode("53300"), true],
    ["serialization failure", withCode("40001"), true],
    ["deadlock", withCode("40P01"), true],
    ["Prisma cannot reach the server", withCode("P1001"), true],
    ["pool timeout", new Error("timeout exceeded when trying to connect"), true],
    ["wrapped in a cause", new Error("apply failed", { cause: withCode("ECONNRESET") }), true],
    ["a unique violation", withCode("23505", "duplicate key"), false],
    ["bad input", new Error("Follower list: line 3 has no Username"), false],
    ["a bug", new TypeError("cannot read properties of undefined"), false],
    ["not an error", "oops", false],
    ["nothing", undefined, false],
  ])("%s", (_name, error, expected) => {
    expect(isTransientError(error)).toBe(expected);
  });
});
