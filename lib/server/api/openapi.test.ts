import { describe, expect, it } from "vitest";
import { apiErrorCodes } from "./api-error";
import { buildOpenApiDocument } from "./openapi";

const doc = buildOpenApiDocument();

/** every "$ref" string anywhere in a value */
function refs(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refs);
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, v]) => (key === "$ref" && typeof v === "string" ? [v] : refs(v)));
  }
  return [];
}

function resolve(pointer: string): unknown {
  return pointer
    .replace(/^#\//, "")
    .split("/")
    .reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), doc);
}

describe("buildOpenApiDocument", () => {
  it("is OpenAPI 3.1 and survives JSON", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it("resolves every reference", () => {
    const all = refs(doc);
    expect(all.length).toBeGreaterThan(20);
    for (const ref of all) expect(resolve(ref), ref).toBeDefined();
  });

  it.each([
    ["/accounts/{handle}/snapshots", "post", ["200", "202", "400", "401", "404", "405", "413", "415", "422", "429", "500"]],
    ["/accounts/{handle}/events", "post", ["200", "400", "401", "404", "405", "413", "415", "422", "429", "500"]],
    ["/accounts/{handle}/profiles", "put", ["200", "400", "401", "404", "405", "413", "415", "422", "429", "500"]],
    ["/imports/{id}", "get", ["200", "401", "404", "405", "429", "500"]],
    ["/openapi.json", "get", ["200"]],
  ])("%s %s answers %j", (path, method, statuses) => {
    const operation = (doc.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>)[path]?.[method];
    expect(Object.keys(operation?.responses ?? {}).sort()).toEqual([...statuses].sort());
  });

  it("documents every error code with its status", () => {
    const text = JSON.stringify(doc.components.responses);
    for (const [code, { status }] of Object.entries(apiErrorCodes)) {
      expect(text).toContain(`\`${code}\``);
      expect(doc.components.responses).toHaveProperty(`Error${status}`);
    }
  });

  it("describes request fields from the validating schemas", () => {
    const events = JSON.stringify(doc.components.schemas.EventsRequest);
    expect(events).toContain('"maxItems":10000');
    expect(events).toContain('"occurredAt"');
    expect(events).toContain('"date-time"');
    expect(JSON.stringify(doc.components.schemas.ProfilesRequest)).toContain('"maximum":2147483647');
  });
});
