import { describe, expect, it } from "vitest";
import { firstIssue, formatIssuePath } from "./issue-field";

describe("formatIssuePath", () => {
  it.each([
    { path: [], out: "" },
    { path: ["events"], out: "events" },
    { path: ["events", 3, "occurredAt"], out: "events[3].occurredAt" },
    { path: [0, "handle"], out: "[0].handle" },
    { path: ["a", 1, 2, "b", "c"], out: "a[1][2].b.c" },
  ])("$path → $out", ({ path, out }) => {
    expect(formatIssuePath(path)).toBe(out);
  });
});

describe("firstIssue", () => {
  it.each([
    { name: "no issue", issues: [], out: { field: null, message: "The request is not valid." } },
    { name: "the first of several", issues: [{ path: ["a"], message: "one" }, { path: ["b"], message: "two" }], out: { field: "a", message: "one" } },
    { name: "the root", issues: [{ path: [], message: "bad" }], out: { field: null, message: "bad" } },
    { name: "an unknown key, named itself", issues: [{ path: ["events", 2], code: "unrecognized_keys", keys: ["x", "y"], message: "Unrecognized keys" }], out: { field: "events[2].x", message: "Unrecognized keys" } },
  ])("$name", ({ issues, out }) => {
    expect(firstIssue(issues)).toEqual(out);
  });
});
