import { z } from "zod";
import { apiErrorCodes } from "./api-error";

/** A zod schema as a JSON Schema (2020-12, which OpenAPI 3.1 uses) for components.schemas. */
export function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: "input", target: "draft-2020-12" });
  return rest;
}

const headerDocs: Record<number, Record<string, { description: string; schema: { type: string } }>> = {
  401: { "WWW-Authenticate": { description: 'Bearer realm="followlens", with error="invalid_token" for an unknown or revoked token.', schema: { type: "string" } } },
  405: { Allow: { description: "The methods the endpoint takes.", schema: { type: "string" } } },
  429: { "Retry-After": { description: "Seconds until the token may send again.", schema: { type: "string" } } },
};

/** One reusable error response per status, listing every code it can carry (from the code table, so none is missed). */
export function errorResponses() {
  const byStatus = new Map<number, string[]>();
  for (const [code, { status, meaning }] of Object.entries(apiErrorCodes)) {
    byStatus.set(status, [...(byStatus.get(status) ?? []), `\`${code}\`: ${meaning}`]);
  }
  return Object.fromEntries(
    [...byStatus].map(([status, lines]) => [
      `Error${status}`,
      {
        description: lines.join("\n\n"),
        ...(headerDocs[status] ? { headers: headerDocs[status] } : {}),
        content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
      },
    ]),
  );
}

/** The error responses an operation can give, as references. */
export function errorRefs(statuses: readonly number[]) {
  return Object.fromEntries(statuses.map((status) => [String(status), { $ref: `#/components/responses/Error${status}` }]));
}
