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
  ])("$params", ({ params, expected }) => {
    expect(parseRelationshipQuery(params)).toMatchObject(expected);
  });
});
