import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/server/api-tokens/revoke-api-token";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { Database } from "@/lib/server/db/open-database";
import { openTestDatabase } from "@/test/test-database";
import { authenticateApiRequest } from "./authenticate-api-request";

let database: Database;
let alice: Viewer;

const withAuth = (authorization?: string) => new Request("http://localhost/api/v1/imports/1", { headers: authorization ? { authorization } : {} });

/** status, code and headers of the refusal, or "ok" */
async function outcome(authorization?: string) {
  try {
    await authenticateApiRequest(withAuth(authorization));
    return "ok";
  } catch (error) {
    const e = error as { status: number; code: string; message: string; options: { headers?: Record<string, string> } };
    return { status: e.status, code: e.code, message: e.message, headers: e.options.headers ?? {} };
  }
}

beforeAll(async () => {
  // The limits are read from the environment on each request: a small burst keeps this test short.
  process.env.FOLLOWLENS_API_RATE_BURST = "3";
  process.env.FOLLOWLENS_API_RATE_PER_MINUTE = "1";
  database = await openTestDatabase();
  const a = await database.prisma.user.create({ data: { email: "alice@test.local", passwordHash: "x" } });
  alice = { userId: a.id, email: a.email, role: "CREATOR" };
});
afterAll(async () => database?.close());

describe("authenticateApiRequest", () => {
  it.each([
    { name: "no header", header: undefined, code: "unauthorized", message: /Send a token/ },
    { name: "another scheme", header: "Basic dXNlcjpwYXNz", code: "unauthorized", message: /not a Followlens token/ },
    { name: "a bare token", header: `fl_${"a".repeat(43)}`, code: "unauthorized", message: /not a Followlens token/ },
    { name: "a short token", header: "Bearer fl_abc", code: "unauthorized", message: /not a Followlens token/ },
    { name: "an unknown token", header: `Bearer fl_${"a".repeat(43)}`, code: "invalid_token", message: /not known/ },
  ])("refuses $name with 401 $code", async ({ header, code, message }) => {
    const result = await outcome(header);
    expect(result).toMatchObject({ status: 401, code });
    expect(result !== "ok" && result.message).toMatch(message);
    expect(result !== "ok" && result.headers["www-authenticate"]).toMatch(/^Bearer realm="followlens"/);
  });

  it("says a revoked token is revoked", async () => {
    const { token, view } = await createApiToken(alice, "soon revoked");
    expect(await outcome(`Bearer ${token}`)).toBe("ok");
    await revokeApiToken(alice, view.id);
    expect(await outcome(`Bearer ${token}`)).toMatchObject({ status: 401, code: "token_revoked", message: /revoked/ });
  });

  it("limits each token to its burst, with Retry-After, without touching another token", async () => {
    const first = await createApiToken(alice, "flooding");
    const second = await createApiToken(alice, "quiet");
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await outcome(`bearer  ${first.token}`));
    expect(results.slice(0, 3)).toEqual(["ok", "ok", "ok"]);
    expect(results[3]).toMatchObject({ status: 429, code: "rate_limited", headers: { "retry-after": expect.stringMatching(/^[1-6]\d$|^[1-9]$/) } });
    expect(await outcome(`Bearer ${second.token}`)).toBe("ok");
  });
});
