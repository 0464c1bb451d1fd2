import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ImportError } from "@/lib/domain/imports/types";
import { readJsonBody } from "./read-json-body";
import { limitBody } from "./request-body";

const schema = z.strictObject({ items: z.array(z.strictObject({ n: z.int() })) });

const request = (body: BodyInit | null, headers: Record<string, string> = { "content-type": "application/json" }) =>
  new Request("http://localhost/api/v1/x", { method: "POST", body, headers, ...(body instanceof ReadableStream ? { duplex: "half" } : {}) } as RequestInit);

/** the answer's status, code and field, or the parsed body */
async function outcome(req: Request, maxBytes = 1_000) {
  try {
    return { ok: await readJsonBody(req, schema, maxBytes) };
  } catch (error) {
    if (error instanceof ImportError) return { import: error.code };
    const e = error as { status: number; code: string; options: { field?: string }; message: string };
    return { status: e.status, code: e.code, field: e.options.field, message: e.message };
  }
}

const stream = (parts: string[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const part of parts) controller.enqueue(new TextEncoder().encode(part));
      controller.close();
    },
  });

describe("readJsonBody", () => {
  it.each([
    { name: "a valid body", req: () => request('{"items":[{"n":1}]}'), out: { ok: { items: [{ n: 1 }] } } },
    { name: "a charset parameter", req: () => request('{"items":[]}', { "content-type": "application/json; charset=utf-8" }), out: { ok: { items: [] } } },
    { name: "a body in chunks", req: () => request(stream(['{"items":', '[{"n":', "2}]}"])), out: { ok: { items: [{ n: 2 }] } } },
    { name: "no content type", req: () => request("{}", {}), out: { status: 415, code: "unsupported_media_type" } },
    { name: "text/plain", req: () => request("{}", { "content-type": "text/plain" }), out: { status: 415, code: "unsupported_media_type" } },
    { name: "a declared length past the limit", req: () => request("{}", { "content-type": "application/json", "content-length": "1001" }), out: { status: 413, code: "payload_too_large" } },
    { name: "a streamed body past the limit", req: () => request(stream(["[", " ".repeat(600), " ".repeat(600), "]"])), out: { import: "too-large" } },
    { name: "an empty body", req: () => request(""), out: { status: 400, code: "empty_body" } },
    { name: "whitespace only", req: () => request("  \n"), out: { status: 400, code: "empty_body" } },
    { name: "no body", req: () => request(null), out: { status: 400, code: "empty_body" } },
    { name: "broken JSON", req: () => request('{"items": [}'), out: { status: 400, code: "malformed_json" } },
    { name: "invalid UTF-8", req: () => request(new Uint8Array([0x7b, 0xff, 0x7d])), out: { status: 400, code: "malformed_json" } },
    { name: "a wrong field", req: () => request('{"items":[{"n":1},{"n":"2"}]}'), out: { status: 422, code: "invalid_request", field: "items[1].n" } },
    { name: "an extra field", req: () => request('{"items":[],"more":1}'), out: { status: 422, code: "invalid_request", field: "more" } },
    { name: "a body that is not an object", req: () => request("[]"), out: { status: 422, code: "invalid_request", field: undefined } },
  ])("$name", async ({ req, out }) => {
    expect(await outcome(req())).toMatchObject(out);
  });

  it("gives the JSON parser's message and names the field in the message", async () => {
    expect((await outcome(request('{"items": [}'))).message).toMatch(/^The body is not valid JSON: .+/);
    expect((await outcome(request('{"items":[{"n":1.5}]}'))).message).toMatch(/^items\[0\]\.n: /);
  });
});

describe("limitBody", () => {
  it("passes a body within the limit through unchanged and refuses one past it", async () => {
    const chunks: Uint8Array[] = [];
    for await (const chunk of limitBody(stream(["ab", "cd"]), 4)) chunks.push(chunk);
    expect(Buffer.concat(chunks).toString()).toBe("abcd");
    await expect(async () => {
      for await (const _ of limitBody(stream(["ab", "cde"]), 4)) void _;
    }).rejects.toMatchObject({ code: "too-large" });
  });
});
