import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./helpers";

test.use({ storageState: ({}, use, info) => use(storageStateFor(info.project.name, "creator-a")) });

const uniqueName = (tag: string) => `${tag} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function createToken(page: Page, name: string): Promise<string> {
  await page.getByRole("textbox", { name: "Token name", exact: true }).fill(name);
  await page.getByRole("button", { name: "Create token" }).click();
  const shown = page.getByTestId("new-token");
  await expect(shown).toHaveText(/^fl_[A-Za-z0-9_-]{43}$/);
  return (await shown.textContent())!;
}

test("a creator makes a token, sees it once, uses it and revokes it", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/dashboard");
  await page.getByRole("link", { name: "Settings" }).click();
  await expect(page).toHaveURL(/\/settings\/account$/);
  await page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "API tokens" }).click();
  await expect(page).toHaveURL(/\/settings\/tokens$/);
  await expect(page.getByRole("heading", { name: "API tokens" })).toBeVisible();

  const name = uniqueName("nightly script");
  const token = await createToken(page, name);
  await expect(page.getByText("this is the only time it is shown")).toBeVisible();
  await page.getByRole("button", { name: "Copy token" }).click();
  await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);

  const row = page.getByRole("listitem", { name });
  await expect(row).toContainText(`fl_${token.slice(3, 11)}…`);
  await expect(row).toContainText("Active");
  await expect(row).toContainText("Last used never");
  await expect(page.getByRole("textbox", { name: "Token name", exact: true })).toHaveValue("");

  // Shown once: after a reload the page holds only the prefix.
  await page.reload();
  await expect(page.getByTestId("new-token")).toHaveCount(0);
  expect(await page.content()).not.toContain(token.slice(11));

  const used = await page.request.get("/api/v1/imports/2147483647", { headers: { authorization: `Bearer ${token}` } });
  expect(used.status()).toBe(404);
  await page.reload();
  await expect(row).toContainText(/Last used \d+ \w+ \d{4}, \d\d:\d\d UTC/);

  await row.getByRole("button", { name: `Revoke ${name}` }).click();
  await row.getByRole("button", { name: "Cancel" }).click();
  await expect(row).toContainText("Active");
  await row.getByRole("button", { name: `Revoke ${name}` }).click();
  await row.getByRole("button", { name: "Yes, revoke" }).click();
  await expect(row).toContainText(/Revoked \d+ \w+ \d{4}/);
  await expect(row.getByRole("button", { name: /Revoke/ })).toHaveCount(0);

  const refused = await page.request.get("/api/v1/imports/2147483647", { headers: { authorization: `Bearer ${token}` } });
  expect(refused.status()).toBe(401);
  expect((await refused.json()).error.code).toBe("token_revoked");
});

test("a token needs a name of at most 60 characters, and what was typed stays", async ({ page }) => {
  await page.goto("/settings/tokens");
  await page.getByRole("button", { name: "Create token" }).click();
  const error = page.locator("#token-name-error");
  await expect(error).toHaveText("Give the token a name.");
  await page.getByRole("textbox", { name: "Token name", exact: true }).evaluate((input: HTMLInputElement) => input.removeAttribute("maxlength"));
  await page.getByRole("textbox", { name: "Token name", exact: true }).fill("n".repeat(61));
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(error).toHaveText("Keep the name to 60 characters.");
  await expect(page.getByRole("textbox", { name: "Token name", exact: true })).toHaveValue("n".repeat(61));
  await expect(page.getByTestId("new-token")).toHaveCount(0);
});

test("another creator sees none of these tokens", async ({ page, browser }, info) => {
  await page.goto("/settings/tokens");
  const name = uniqueName("private to A");
  await createToken(page, name);
  const other = await browser.newContext({ storageState: storageStateFor(info.project.name, "creator-b"), baseURL: info.project.use.baseURL });
  const otherPage = await other.newPage();
  await otherPage.goto("/settings/tokens");
  await expect(otherPage.getByRole("heading", { name: "API tokens" })).toBeVisible();
  await expect(otherPage.getByText(name)).toHaveCount(0);
  await other.close();
});

test("signed out, the settings page sends you to sign in", async ({ browser }, info) => {
  // An explicit empty state: contexts made in a test otherwise take the file's signed-in storage state.
  const anonymous = await browser.newContext({ baseURL: info.project.use.baseURL, storageState: { cookies: [], origins: [] } });
  const page = await anonymous.newPage();
  await page.goto("/settings/tokens");
  await expect(page).toHaveURL(/\/signin/);
  await anonymous.close();
});
