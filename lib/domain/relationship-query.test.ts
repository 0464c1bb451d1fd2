import { describe, expect, it } from "vitest";
import { parseRelationshipQuery } from "./relationship-query";

describe("parseRelationshipQuery", () => {
  it.each([
    { params: {}, expected: { kind: "followers", sort: "-date", page: 1, search: "" } },
    { params: { kind: "mutuals", sort: "handle", page: "3", q: "@Ann" }, expected: { kind: "mutuals", sort: "handle", page: 3, search: "ann" } },
    { params: { kind: "bogus", sort: "DROP TABLE", page: "-4", q: "   " }, expected: { kind: "followers", sort: "-date", page: 1, search: "" } },
    { params: { page: "2.5" }, expected: { page: 1 } },
    { params: { page: "1e99" }, expected: { page: 1 } },
    { params: { page: ["4", "5"], kind: ["fans", "following"] }, expected: { page: 4, kind: "fans" } },
    { params: { q: "x".repeat(500) }, expected: { search: "x".repeat(64) } },
    { params: { q: "\u202eEvil\u202c" }, expected: { search: "evil" } },
    { params: {}, expected: { range: { preset: "all" }, label: "all" } },
    { params: { kind: "lost-followers", range: "7d", label: "likely-bot" }, expected: { kind: "lost-followers", range: { preset: "7d" }, label: "likely-bot" } },
    { params: { from: "2026-11-01", to: "2026-11-30", label: "suspicious" }, expected: { range: { from: "2026-11-01", to: "2026-11-30" }, label: "suspicious" } },
    { params: { label: "robot", range: "forever" }, expected: { range: { preset: "all" }, label: "all" } },
  ])("$params", ({ params, expected }) => {
    expect(parseRelationshipQuery(params)).toMatchObject(expected);
  });
});
