import { expect, test } from "@playwright/test";
import { CREATOR_A } from "./fixtures/users";
import { parseCount, storageStateFor } from "./helpers";

test.use({ storageState: ({}, use, info) => use(storageStateFor(info.project.name, "creator-a")) });

const base = `/dashboard/${CREATOR_A.handle}`;

test("the overview shows real counts that agree with the lists and the charts", async ({ page }) => {
  await page.goto(base);
  await expect(page.getByRole("heading", { name: `@${CREATOR_A.handle}` })).toBeVisible();
  const followersCard = page.getByRole("link", { name: /^Followers/ }).first();
  const followers = parseCount((await followersCard.textContent()) ?? "");
  expect(followers).toBeGreaterThan(2_500);

  // Both charts render with data.
  await expect(page.getByRole("img", { name: /follower/i }).first()).toBeVisible();
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  await page.getByRole("link", { name: "28 days" }).click();
  await expect(page).toHaveURL(/range=28/);

  await followersCard.click();
  await expect(page).toHaveURL(/kind=followers/);
  await expect(page.getByText(new RegExp(`of ${followers.toLocaleString("en-US")}`))).toBeVisible();
});

test("relationships page through, search, sort and download the whole list as CSV", async ({ page }) => {
  await page.goto(`${base}/relationships?kind=followers&sort=handle`);
  const rows = page.locator("tbody tr");
  await expect(rows).toHaveCount(50);
  const firstPage = await rows.first().textContent();
  const total = parseCount((await page.getByText(/Showing 1–50 of/).textContent())!.split("of")[1]!);

  await page.getByRole("link", { name: /Next/ }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByText(/Showing 51–100 of/)).toBeVisible();
  expect(await rows.first().textContent()).not.toBe(firstPage);

  const handles = await page.locator("tbody tr td:first-child").allTextContents();
  const prefix = handles[0]!.replace("@", "").slice(0, 2).toLowerCase();
  await page.getByRole("searchbox").or(page.getByPlaceholder(/Search handles/)).fill(prefix);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`q=${prefix.replace(".", "\\.")}`));
  await expect(page.getByText(/Showing 1–/)).toBeVisible();
  await expect
    .poll(async () => (await page.locator("tbody tr td:first-child").allTextContents()).every((t) => t.replace("@", "").toLowerCase().startsWith(prefix)))
    .toBe(true);

  await page.goto(`${base}/relationships?kind=followers&sort=handle`);
  await page.getByRole("link", { name: /Handle/ }).click();
  await expect(page).toHaveURL(/sort=-handle/);
  const descending = await page.locator("tbody tr td:first-child").allTextContents();
  // Handles sort by their lower-case key in byte order (the database's C collation), not by locale rules.
  const byKeyDescending = (a: string, b: string) => (a.toLowerCase() < b.toLowerCase() ? 1 : a.toLowerCase() > b.toLowerCase() ? -1 : 0);
  expect([...descending].sort(byKeyDescending)).toEqual(descending);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /Download CSV/ }).click();
  const file = await download;
  const csv = await (await file.createReadStream()).toArray();
  const lines = Buffer.concat(csv).toString("utf8").trim().split("\n");
  expect(lines[0]).toBe("handle,follows_you_since,bot_label");
  expect(lines.length - 1).toBe(total);
});

test("malformed list parameters fall back to sane defaults", async ({ page }) => {
  const response = await page.goto(`${base}/relationships?kind=nonsense&page=-3&sort=%27;drop&q=%E2%80%AE`);
  expect(response?.status()).toBe(200);
  await expect(page.getByText(/Showing 1–50 of/)).toBeVisible();
  const beyond = await page.goto(`${base}/relationships?kind=mutuals&page=999999`);
  expect(beyond?.status()).toBe(200);
  const badExport = await page.request.get(`${base}/relationships/export?kind=everyone`);
  expect(badExport.status()).toBe(422);
  expect((await badExport.json()).error).toMatchObject({ code: "invalid_parameter", field: "kind" });
});

test("the account page shows the history between the creator and one account", async ({ page }) => {
  await page.goto(`${base}/relationships?kind=lost-followers`);
  const first = page.locator("tbody tr td:first-child a").first();
  const handle = (await first.textContent())!.replace("@", "");
  await first.click();
  await expect(page.getByRole("heading", { name: `@${handle}` })).toBeVisible();
  await expect(page.getByText(/unfollowed between|left between/i).first()).toBeVisible();
  expect((await page.goto(`${base}/accounts/no.such.account.here`))?.status()).toBe(404);
});
