import { expect, test } from "@playwright/test";
import { CREATOR_A } from "./fixtures/users";
import { storageStateFor } from "./helpers";

test.use({ storageState: ({}, use, info) => use(storageStateFor(info.project.name, "creator-a")) });

const base = `/dashboard/${CREATOR_A.handle}`;

test("the overview shows audience quality with its histogram", async ({ page }) => {
  await page.goto(base);
  const section = page.getByRole("region", { name: "Audience quality" });
  await expect(section.getByText(/\d+(\.\d)?%/).first()).toBeVisible();
  await expect(section.getByRole("img", { name: /Bot score histogram/ })).toBeVisible();
});

test("the bots view explains each score, filters by label and puts accounts on a list", async ({ page }) => {
  await page.goto(`${base}/bots?label=likely-bot`);
  const rows = page.locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  await expect(rows.first().getByText("Likely bot")).toBeVisible();
  await expect(rows.first().locator("li").first()).toContainText(/\+\d+/);

  const first = rows.nth(0).getByRole("checkbox");
  const second = rows.nth(1).getByRole("checkbox");
  await first.check();
  await second.check();
  await page.getByRole("button", { name: "Add to remove list" }).click();
  await expect(page.getByRole("status")).toContainText(/added to the remove list/);
  await expect(rows.nth(0)).toContainText("on remove list");

  await page.getByRole("button", { name: "Add to remove list" }).click();
  await expect(page.getByRole("status")).toContainText("Select at least one account.");

  // The list page shows them; one can be taken off again.
  const chosen = (await rows.nth(0).getByRole("link").first().textContent())!;
  await page.getByRole("link", { name: "Lists" }).click();
  await page.getByRole("link", { name: "Remove list" }).click();
  const entry = page.locator("tbody tr", { hasText: chosen });
  await expect(entry).toBeVisible();
  await entry.getByRole("checkbox").check();
  await page.getByRole("button", { name: "Take selected off the list" }).click();
  await expect(page.getByRole("status")).toContainText("1 taken off the remove list.");
  await expect(page.locator("tbody tr", { hasText: chosen })).toHaveCount(0);
});

test("rescoring runs as a job with a progress bar and updates the scores", async ({ page }) => {
  await page.goto(`${base}/bots`);
  const before = await page.getByText(/Scored .* with version/).textContent();
  await page.getByRole("button", { name: "Rescore all accounts" }).click();
  await expect(page.getByRole("button", { name: "Rescoring…" }).or(page.getByRole("button", { name: "Rescore all accounts" }))).toBeVisible();
  await expect(page.getByRole("button", { name: "Rescore all accounts" })).toBeEnabled({ timeout: 60_000 });
  await expect.poll(async () => page.getByText(/Scored .* with version/).textContent(), { timeout: 30_000 }).not.toBe(before);
});

test("the bots CSV holds every scored account with its reasons", async ({ page }) => {
  await page.goto(`${base}/bots`);
  const total = Number((await page.getByText(/accounts · select some to/).textContent())!.replace(/[^\d]/g, ""));
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const text = Buffer.concat(await (await (await download).createReadStream()).toArray()).toString("utf8").trim().split("\n");
  expect(text[0]).toBe("handle,score,label,confidence,version,reasons");
  expect(text.length - 1).toBe(total);
});

test("an account's page shows its bot-likeness with every reason", async ({ page }) => {
  await page.goto(`${base}/bots?label=likely-bot`);
  const link = page.locator("tbody tr").first().getByRole("link").first();
  const handle = (await link.textContent())!;
  await link.click();
  await expect(page.getByRole("heading", { name: handle })).toBeVisible();
  const card = page.getByRole("region", { name: "Bot-likeness" });
  await expect(card.getByText("Likely bot")).toBeVisible();
  await expect(card.locator("li").first()).toContainText(/\+\d+/);
});
