import { expect, test, type APIResponse, type Page, type Response } from "@playwright/test";
import { ADMIN, CREATOR_A } from "./fixtures/users";
import { signIn, storageStateFor } from "./helpers";

const base = `/dashboard/${CREATOR_A.handle}`;

/** Records every CSP violation the page reports, from the first script on, and every console line naming the CSP. */
async function watchPolicy(page: Page) {
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on("console", (m) => {
    if (/content security policy/i.test(m.text())) violations.push(m.text());
  });
  return async () => [...violations, ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []))];
}

function expectCommonHeaders(response: Response | APIResponse) {
  const h = response.headers();
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["x-frame-options"]).toBe("DENY");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(h["permissions-policy"]).toContain("camera=()");
  expect(h["strict-transport-security"]).toBeUndefined();
}

/** Opens a page, checks its headers and that its scripts ran (the page answers a click) without a violation. */
async function visitPage(page: Page, path: string, heading: string | RegExp) {
  const response = await page.goto(path);
  expect(response, path).not.toBeNull();
  expectCommonHeaders(response!);
  const policy = response!.headers()["content-security-policy"] ?? "";
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
  expect(policy).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
  expect(policy).toContain("frame-ancestors 'none'");
  await expect(page.getByRole("heading", { name: heading }).first()).toBeVisible();
  return policy;
}

test.describe("a creator's pages", () => {
  test.use({ storageState: ({}, use, info) => use(storageStateFor(info.project.name, "creator-a")) });

  test("carry a nonce policy and the security headers, and run their scripts without a violation", async ({ page }) => {
    const violations = await watchPolicy(page);
    const pages: [string, string | RegExp][] = [
      [base, `@${CREATOR_A.handle}`],
      [`${base}/relationships?kind=followers`, "Relationships"],
      [`${base}/bots`, "Bot-likeness"],
      [`${base}/manager`, "Following Manager"],
      [`${base}/lists`, "Your lists"],
      [`${base}/alerts`, "Alerts"],
      [`${base}/imports`, "Imports"],
      ["/settings/tokens", "API tokens"],
    ];
    const nonces = new Set<string>();
    for (const [path, heading] of pages) nonces.add(/'nonce-([^']+)'/.exec(await visitPage(page, path, heading))![1]!);
    expect(nonces.size, "a fresh nonce per response").toBe(pages.length);

    // The scripts run: a client-side navigation from the last page and the charts' hydration both work.
    await page.goto(base);
    await page.getByRole("link", { name: "28 days" }).click();
    await expect(page).toHaveURL(/range=28/);
    await expect(page.locator(".recharts-surface").first()).toBeVisible();
    expect(await violations()).toEqual([]);
  });

  test("a script injected into a page's HTML is refused, and the refusal is reported", async ({ page }) => {
    const violations = await watchPolicy(page);
    // As stored cross-site scripting would: the page as served, headers and all, with a script of no nonce in it.
    await page.route(`**${base}`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace("</body>", "<script>window.__injected = true</script></body>");
      await route.fulfill({ response, body: html });
    });
    await page.goto(base);
    // Both reporters see it: the console's line and the page's securitypolicyviolation event.
    await expect.poll(violations).toEqual([expect.stringMatching(/^Executing inline script violates .*'script-src /), "script-src-elem inline"]);
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  });

  test("downloads and the API carry the headers too, and the API's policy allows nothing", async ({ page }) => {
    const csv = await page.request.get(`${base}/relationships/export?kind=followers`);
    expect(csv.status()).toBe(200);
    expectCommonHeaders(csv);
    const api = await page.request.get("/api/jobs/999999999");
    expectCommonHeaders(api);
    expect(api.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'; sandbox");
  });
});

test("signed-out pages, an admin's pages and a missing page carry the policy too", async ({ page }) => {
  const violations = await watchPolicy(page);
  await visitPage(page, "/signup", /Create/i);
  await visitPage(page, "/signin", /Sign in/i);
  await signIn(page, ADMIN.email, ADMIN.password);
  await visitPage(page, "/admin", "Review queue");
  await visitPage(page, "/admin/platform", /Platform/);
  const missing = await page.goto("/no-such-page");
  expect(missing?.status()).toBe(404);
  expect(missing?.headers()["content-security-policy"]).toContain("'strict-dynamic'");
  expect(await violations()).toEqual([]);
});

test("no page can be framed by another site", async ({ page, baseURL }) => {
  await page.goto("about:blank");
  await page.setContent(`<iframe title="framed" src="${baseURL}/signin" width="600" height="400"></iframe>`);
  // Chromium replaces a refused frame with its own error page: the sign-in form never appears inside it.
  await page.waitForTimeout(2_000);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  expect(frame).toBeDefined();
  expect(await frame!.locator("input[type=password]").count()).toBe(0);
});

test("HSTS is sent when the request came over https through a proxy, and only then", async ({ request }) => {
  const plain = await request.get("/signin");
  expect(plain.headers()["strict-transport-security"]).toBeUndefined();
  const https = await request.get("/signin", { headers: { "x-forwarded-proto": "https" } });
  expect(https.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
  expect(https.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
});
