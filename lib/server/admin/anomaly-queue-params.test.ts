import { describe, expect, it } from "vitest";
import { hasQueueFilters, isCanonicalQuery, parseQueueParams, queueParamsToQuery } from "./anomaly-queue-params";

describe("parseQueueParams", () => {
  const defaults = { sort: "newest", page: 1 };
  it.each([
    [{}, defaults],
    [{ kind: "churn-ring", status: "open", severity: "high" }, { ...defaults, kind: "churn-ring", status: "open", severity: "high" }],
    [{ kind: "nonsense", status: "closed", severity: "huge" }, defaults],
    [{ from: "2026-05-01", to: "2026-05-31" }, { ...defaults, from: "2026-05-01", to: "2026-05-31" }],
    [{ from: "2026-13-45", to: "yesterday" }, defaults],
    [{ account: "@E2E.Creator " }, { ...defaults, account: "e2e.creator" }],
    [{ account: "x'; drop table" }, defaults],
    [{ mine: "1", withdrawn: "1" }, { ...defaults, mine: "1", withdrawn: "1" }],
    [{ mine: "yes", withdrawn: "true" }, defaults],
    [{ sort: "severity", page: "3" }, { ...defaults, sort: "severity", page: 3 }],
    [{ sort: "DROP", page: "-2" }, defaults],
    [{ page: "2.5" }, defaults],
    [{ page: "abc" }, defaults],
    [{ kind: ["follower-burst", "churn-ring"] }, { ...defaults, kind: "follower-burst" }],
    [{ kind: "" }, defaults],
  ] as const)("%j → %j", (raw, expected) => {
    expect(parseQueueParams(raw as Record<string, string | string[]>)).toEqual(expected);
  });
});

describe("queueParamsToQuery", () => {
  it("drops defaults and round-trips", () => {
    expect(queueParamsToQuery(parseQueueParams({}))).toEqual({});
    const raw = { kind: "follower-burst", account: "abc", mine: "1", sort: "status", page: "2" };
    expect(queueParamsToQuery(parseQueueParams(raw))).toEqual(raw);
  });
});

describe("hasQueueFilters", () => {
  it.each([
    [{}, false],
    [{ sort: "severity", page: "4" }, false],
    [{ withdrawn: "1" }, false],
    [{ status: "open" }, true],
    [{ mine: "1" }, true],
    [{ to: "2026-01-01" }, true],
  ] as const)("%j → %s", (raw, expected) => {
    expect(hasQueueFilters(parseQueueParams(raw))).toBe(expected);
  });
});

describe("isCanonicalQuery", () => {
  it.each([
    [{}, true],
    [{ status: "open" }, true],
    [{ status: "open", sort: "severity", page: "2" }, true],
    [{ kind: "", status: "open" }, false],
    [{ account: "@E2E.creator" }, false],
    [{ account: "e2e.creator" }, true],
    [{ sort: "newest" }, false],
    [{ page: "1" }, false],
    [{ severity: "nonsense" }, false],
    [{ status: ["open", "closed"] }, false],
    [{ extra: "1" }, false],
  ] as const)("%j → %s", (raw, expected) => {
    const r = raw as Record<string, string | string[]>;
    expect(isCanonicalQuery(r, queueParamsToQuery(parseQueueParams(r)))).toBe(expected);
  });
});
