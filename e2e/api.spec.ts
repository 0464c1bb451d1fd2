import { expect, test, type APIResponse, type Browser, type BrowserContext } from "@playwright/test";
import { CREATOR_A } from "./fixtures/users";
import { signUpWithHandle } from "./helpers";

// A creator of our own per worker (signed up, a fresh handle, tokens made in Settings), so pushes never touch the
// shared fixtures' data. Each test makes its own token: rate limits count per token.
let creator: BrowserContext;
let handle: string;

async function signUpCreator(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signUpWithHandle(page, "api", handle);
  await page.close();
  return context;
}

async function newToken(): Promise<string> {
  const page = await creator.newPage();
  await page.goto("/settings/tokens");
  await page.getByRole("textbox", { name: "Token name", exact: true }).fill(`e2e api ${Math.random().toString(36).slice(2, 10)}`);
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("new-token").textContent())!;
  await page.close();
  expect(token).toMatch(/^fl_[A-Za-z0-9_-]{43}$/);
  return token;
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

type ErrorBody = { error: { code: string; message: string; field?: string } };

async function expectError(response: APIResponse, status: number, code: string, field?: string) {
  expect(response.status()).toBe(status);
  const body = (await response.json()) as ErrorBody;
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe("string");
  if (field) expect(body.error.field).toBe(field);
  return body.error;
}

test.beforeAll(async ({ browser }, info) => {
  handle = `api_${Date.now().toString(36).slice(-6)}${Math.random().toString(36).slice(2, 6)}`;
  creator = await signUpCreator(browser, info.project.use.baseURL);
});
test.afterAll(async () => creator?.close());

test("the OpenAPI document is served to anyone as JSON", async ({ request }) => {
  const response = await request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  const doc = await response.json();
  expect(doc.openapi).toBe("3.1.0");
  expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/accounts/{handle}/snapshots", "/accounts/{handle}/events", "/accounts/{handle}/profiles", "/imports/{id}"]));
  expect(doc.components.securitySchemes.bearerToken.scheme).toBe("bearer");
});

test("no token, a malformed one and an unknown one are refused with 401", async ({ request }) => {
  const path = `/api/v1/accounts/${handle}/events`;
  const missing = await request.post(path, { data: { events: [] } });
  await expectError(missing, 401, "unauthorized");
  expect(missing.headers()["www-authenticate"]).toContain("Bearer");
  await expectError(await request.post(path, { data: { events: [] }, headers: { authorization: "Bearer nope" } }), 401, "unauthorized");
  const unknown = await expectError(await request.post(path, { data: { events: [] }, headers: bearer(`fl_${"x".repeat(43)}`) }), 401, "invalid_token");
  expect(unknown.message).toMatch(/not known/);
});

test("a handle the token's creator does not track is 404, like one nobody tracks", async ({ request }) => {
  const token = await newToken();
  const other = await expectError(await request.post(`/api/v1/accounts/${CREATOR_A.handle}/events`, { data: { events: [] }, headers: bearer(token) }), 404, "not_found");
  const nobody = await expectError(await request.post("/api/v1/accounts/nobody.tracks.this/events", { data: { events: [] }, headers: bearer(token) }), 404, "not_found");
  expect(other.message.replace(CREATOR_A.handle, "X")).toBe(nobody.message.replace("nobody.tracks.this", "X"));
});

test("events: 422 names the field, a retry records nothing twice, wrong bodies get their own codes", async ({ request }) => {
  const token = await newToken();
  const path = `/api/v1/accounts/@${handle.toUpperCase()}/events`;
  const event = (key: string) => ({ key, handle: "@Some.Fan", direction: "follower", action: "unfollow", origin: "system", occurredAt: new Date(Date.now() - 3_600_000).toISOString() });

  const bad = { events: [event("a"), { ...event("b"), occurredAt: "last tuesday" }] };
  const invalid = await expectError(await request.post(path, { data: bad, headers: bearer(token) }), 422, "invalid_request", "events[1].occurredAt");
  expect(invalid.message).toMatch(/^events\[1\]\.occurredAt: /);
  const future = { events: [{ ...event("c"), occurredAt: new Date(Date.now() + 3 * 86_400_000).toISOString() }] };
  await expectError(await request.post(path, { data: future, headers: bearer(token) }), 422, "invalid_request", "events[0].occurredAt");

  const batch = { events: [event("k1"), event("k2"), event("k3")] };
  const first = await request.post(path, { data: batch, headers: bearer(token) });
  expect(first.status()).toBe(200);
  expect(await first.json()).toEqual({ received: 3, inserted: 3, duplicates: 0 });
  const retry = await request.post(path, { data: batch, headers: bearer(token) });
  expect(await retry.json()).toEqual({ received: 3, inserted: 0, duplicates: 3 });

  const malformed = await expectError(await request.post(path, { data: Buffer.from('{"events": ['), headers: { ...bearer(token), "content-type": "application/json" } }), 400, "malformed_json");
  expect(malformed.message).toMatch(/^The body is not valid JSON: ./);
  await expectError(await request.post(path, { data: "events", headers: { ...bearer(token), "content-type": "text/plain" } }), 415, "unsupported_media_type");
  // Raw bytes: Playwright would JSON-encode a string body sent as application/json.
  const tooBig = Buffer.from(JSON.stringify({ events: [], padding: "x".repeat(9 * 1024 * 1024) }));
  await expectError(await request.post(path, { data: tooBig, headers: { ...bearer(token), "content-type": "application/json" } }), 413, "payload_too_large");
  const wrongMethod = await request.get(path, { headers: bearer(token) });
  await expectError(wrongMethod, 405, "method_not_allowed");
  expect(wrongMethod.headers()["allow"]).toBe("POST");
  const options = await request.fetch(path, { method: "OPTIONS" });
  expect(options.status()).toBe(204);
  expect(options.headers()["allow"]).toBe("POST, OPTIONS");
  await expectError(await request.get("/api/v1/no/such/endpoint", { headers: bearer(token) }), 404, "not_found");
});

test("profiles are stored for the account itself, strangers' are ignored, and a bad field is named", async ({ request }) => {
  const token = await newToken();
  const path = `/api/v1/accounts/${handle}/profiles`;
  const fan = `fan_${Math.random().toString(36).slice(2, 10)}`;
  const profiles = [
    { handle, followerCount: 2, followingCount: 1, videoCount: 4 },
    { handle: fan, followerCount: 10, followingCount: 7_000, hasAvatar: false, isPrivate: false, bioLength: 0, accountCreatedAt: "2025-12-01T00:00:00Z", lastPostAt: null },
  ];
  const stored = await request.put(path, { data: { profiles }, headers: bearer(token) });
  expect(stored.status()).toBe(200);
  // The fan is in no list of this fresh account: profiles are shared between creators, so it is not written.
  expect(await stored.json()).toEqual({ received: 2, upserted: 1, ignored: 1 });
  await expectError(await request.put(path, { data: { profiles: [{ handle: fan, followerCount: -3 }] }, headers: bearer(token) }), 422, "invalid_request", "profiles[0].followerCount");
  await expectError(await request.post(path, { data: { profiles }, headers: bearer(token) }), 405, "method_not_allowed");
});

test("a pushed NDJSON snapshot is accepted, applied, and a second identical push is a duplicate", async ({ request }) => {
  const token = await newToken();
  const day = 86_400_000;
  const lines = [
    { takenAt: new Date(Date.now() - 60_000).toISOString() },
    { list: "followers", handle: "fan_one", since: new Date(Date.now() - 3 * day).toISOString() },
    { list: "followers", handle: "fan_two" },
    { list: "following", handle: "fan_one", since: new Date(Date.now() - 2 * day).toISOString() },
  ];
  const body = Buffer.from(lines.map((line) => JSON.stringify(line)).join("\n") + "\n");
  const push = () => request.post(`/api/v1/accounts/${handle}/snapshots`, { data: body, headers: { ...bearer(token), "content-type": "application/x-ndjson" } });

  await expectError(await request.post(`/api/v1/accounts/${handle}/snapshots`, { data: body, headers: { ...bearer(token), "content-type": "text/csv" } }), 415, "unsupported_media_type");
  await expectError(await request.post(`/api/v1/accounts/${handle}/snapshots?takenAt=soon`, { data: body, headers: { ...bearer(token), "content-type": "application/x-ndjson" } }), 422, "invalid_request", "takenAt");

  const accepted = await push();
  expect(accepted.status()).toBe(202);
  const answer = await accepted.json();
  expect(answer.import.status).toBe("parsing");
  expect(answer.links.self).toBe(`/api/v1/imports/${answer.import.id}`);
  expect(accepted.headers()["location"]).toBe(answer.links.self);

  let status = "parsing";
  let view: { status: string; error: string | null; followers: number | null } = { status, error: null, followers: null };
  await expect
    .poll(
      async () => {
        const polled = await request.get(answer.links.self, { headers: bearer(token) });
        view = (await polled.json()).import;
        status = view.status;
        return status;
      },
      { timeout: 30_000, intervals: [500, 1_000] },
    )
    .not.toMatch(/^(parsing|applying|ready)$/);
  expect(view.error).toBeNull();
  expect(status).toBe("applied");
  expect(view.followers).toBe(2);

  const again = await push();
  expect(again.status()).toBe(200);
  expect((await again.json()).import.status).toBe("duplicate");

  // Another token's creator cannot read this import.
  await expectError(await request.get(answer.links.self, { headers: bearer(`fl_${"y".repeat(43)}`) }), 401, "invalid_token");
});

test("a flooding token gets 429 with Retry-After; another token is not slowed", async ({ request }) => {
  const [flood, calm] = [await newToken(), await newToken()];
  const answers = await Promise.all(Array.from({ length: 45 }, () => request.get("/api/v1/imports/2147483647", { headers: bearer(flood) })));
  const limited = answers.filter((a) => a.status() === 429);
  expect(limited.length).toBeGreaterThan(0);
  expect(Number(limited[0]!.headers()["retry-after"])).toBeGreaterThanOrEqual(1);
  expect((await limited[0]!.json()).error.code).toBe("rate_limited");
  expect((await request.get("/api/v1/imports/2147483647", { headers: bearer(calm) })).status()).toBe(404);
});
