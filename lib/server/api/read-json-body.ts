import type { z } from "zod";
import { firstIssue } from "@/lib/domain/api/issue-field";
import { ApiError } from "./api-error";
import { assertDeclaredLength, limitBody, mediaType } from "./request-body";

const JSON_TYPES = new Set(["application/json"]);

/**
 * A JSON body checked in the order a client fixes things: type (415), size (413, before parsing), syntax (400 with
 * the parser's message), then the schema (422 naming the first field at fault).
 */
export async function readJsonBody<S extends z.ZodType>(request: Request, schema: S, maxBytes: number): Promise<z.output<S>> {
  const type = mediaType(request);
  if (!JSON_TYPES.has(type)) {
    throw new ApiError("unsupported_media_type", `Send the body as application/json${type ? `, not ${type}` : " (no Content-Type was given)"}.`);
  }
  assertDeclaredLength(request, maxBytes);
  if (!request.body) throw new ApiError("empty_body", "The request body is empty.");
  const chunks: Uint8Array[] = [];
  for await (const chunk of limitBody(request.body, maxBytes)) chunks.push(chunk);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new ApiError("malformed_json", "The body is not valid UTF-8.");
  }
  if (!text.trim()) throw new ApiError("empty_body", "The request body is empty.");
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ApiError("malformed_json", `The body is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = firstIssue(parsed.error.issues);
    throw new ApiError("invalid_request", issue.field ? `${issue.field}: ${issue.message}` : issue.message, issue.field ? { field: issue.field } : {});
  }
  return parsed.data;
}
