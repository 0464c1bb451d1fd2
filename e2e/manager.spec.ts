import { expect, test, type Page } from "@playwright/test";
import { CREATOR_A, CREATOR_B } from "./fixtures/users";
import { signUpWithHandle, storageStateFor } from "./helpers";

const DAY = 86_400_000;
const rows = (page: Page) => page.locator("tbody tr");
const handleOf = async (page: Page, i: number) => (await rows(page).nth(i).getByRole("link").first().textContent())!.replace(/^@/, "");

/** The newest suggested follow is at least 48 hours old (dates show UTC days: its day starts 48 hours ago or earlier). */
async function expectOutOfGrace(page: Page, base: string) {
  await page.goto(`${base}?sort=-since`);
  const newest = Date.parse(`${await rows(page).first().locator("td").nth(5).textContent()} UTC`);
  expect(newest).toBeLessThanOrEqual(Date.now() - 2 * DAY);
}

async function openTab(page: Page, name: RegExp, path: string) {
  await page.getByRole("navigation", { name: "Following Manager" }).getByRole("link", { name }).click();
  await expect(page).toHaveURL(new RegExp(`/manager/${path}$`));
}

async function downloadText(page: Page, link: string) {
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: link }).click();
  return Buffer.concat(await (await (await download).createReadStream()).toArray()).toString("utf8");
}

test("a creator keeps, lists, exports and records unfollows and follow backs", async ({ page }) => {
  test.setTimeout(180_000);
  const handle = `mgr.${Date.now().toString(36)}`;
  await signUpWithHandle(page, "manager", handle);
  await page.getByRole("button", { name: "Load sample data" }).click();
  await expect(page.getByRole("link", { name: /^Followers/ }).first()).toBeVisible({ timeout: 90_000 });
  const base = `/dashboard/${handle}/manager`;

  // Suggestions carry their reasons and context; the grace period is explained and respected.
  await page.getByRole("link", { name: "Following", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${base}$`));
  await expect(page.getByText(/accounts you followed in the last 48 hours are never suggested/i)).toBeVisible();
  await expect(rows(page).first().getByRole("list", { name: "Reasons" }).getByRole("listitem").first()).toBeVisible();
  await expectOutOfGrace(page, base);

  await page.goto(`${base}?reason=not-following-back`);
  for (const chips of await rows(page).getByRole("list", { name: "Reasons" }).all()) await expect(chips).toContainText("Not following back");

  // Two to keep, two to unfollow.
  const [kept1, kept2, gone1, gone2] = [await handleOf(page, 0), await handleOf(page, 1), await handleOf(page, 2), await handleOf(page, 3)];
  await rows(page).nth(0).getByRole("checkbox").check();
  await rows(page).nth(1).getByRole("checkbox").check();
  await page.getByRole("button", { name: "Add to keep list" }).click();
  await expect(page.getByRole("status")).toHaveText("2 accounts added to your keep list.");
  await expect(rows(page).filter({ hasText: `@${kept1}` })).toHaveCount(0);
  await rows(page).filter({ hasText: `@${gone1}` }).getByRole("checkbox").check();
  await rows(page).filter({ hasText: `@${gone2}` }).getByRole("checkbox").press("Space");
  await page.getByRole("button", { name: "Add to unfollow list" }).click();
  await expect(page.getByRole("status")).toHaveText("2 accounts added to your unfollow list.");
  await expect(rows(page).filter({ hasText: `@${gone1}` })).toContainText("on your unfollow list");
  await page.getByRole("button", { name: "Add to keep list" }).click();
  await expect(page.getByRole("status")).toHaveText("Select at least one account.");

  await openTab(page, /Keep list/, "keep");
  await expect(page.getByText(/unexpected unfollow alert/)).toBeVisible();
  await expect(rows(page)).toHaveCount(2);
  await expect(page.locator("tbody")).toContainText(`@${kept2}`);

  await openTab(page, /Unfollow list/, "unfollow");
  await expect(rows(page)).toHaveCount(2);
  const csv = (await downloadText(page, "Download CSV")).trim().split("\n");
  expect(csv[0]).toBe("handle,added_at,bot_score,bot_label");
  expect(csv.slice(1).map((line) => line.split(",")[0]).sort()).toEqual([gone1, gone2].sort());

  await rows(page).filter({ hasText: `@${gone1}` }).getByRole("checkbox").check();
  await page.getByRole("button", { name: "I unfollowed the selected" }).click();
  await expect(page.getByRole("status")).toContainText("Recorded 1 unfollow.");
  await expect(rows(page)).toHaveCount(1);

  await openTab(page, /Fans/, "fans");
  const fan = await handleOf(page, 0);
  await rows(page).first().getByRole("checkbox").check();
  await page.getByRole("button", { name: "Follow back" }).click();
  await expect(page.getByRole("status")).toContainText("follow them in the TikTok app");
  await expect(rows(page).filter({ hasText: `@${fan}` })).toContainText("Recorded, waiting for a snapshot");

  await openTab(page, /Recorded actions/, "recorded");
  await expect(rows(page).filter({ hasText: `@${gone1}` })).toContainText(/Unfollow.*Pending/);
  await expect(rows(page).filter({ hasText: `@${fan}` })).toContainText(/Follow back.*Pending/);

  // The lists page shows the keep list too.
  await page.goto(`/dashboard/${handle}/lists?list=keep`);
  await expect(page.locator("tbody tr")).toHaveCount(2);
});

test.describe("the first creator", () => {
  test.use({ storageState: ({}, use, info) => use(storageStateFor(info.project.name, "creator-a")) });

  test("never suggests a follow of the last 48 hours", async ({ page }) => {
    // The fixture's history (seed 7) ends now with one follow about 28 hours old.
    const base = `/dashboard/${CREATOR_A.handle}/manager`;
    await page.goto(base);
    await expect(page.getByText(/1 account you followed in the last 48 hours is in the grace period and not suggested/)).toBeVisible();
    await page.goto(`/dashboard/${CREATOR_A.handle}/relationships?kind=following&sort=-date`);
    const freshest = await handleOf(page, 0);
    await page.goto(`${base}?q=${encodeURIComponent(freshest)}`);
    await expect(page.getByText(/No suggestion matches/)).toBeVisible();
    await expectOutOfGrace(page, base);
  });

  test("filters suggestions by reason and sorts them by handle", async ({ page }) => {
    await page.goto(`/dashboard/${CREATOR_A.handle}/manager?reason=bot-like&sort=handle`);
    await expect(rows(page).first()).toBeVisible();
    for (const chips of await rows(page).getByRole("list", { name: "Reasons" }).all()) await expect(chips).toContainText("Bot-like");
    await expect(page.getByRole("columnheader", { name: /Handle/ })).toHaveAttribute("aria-sort", "ascending");
    await page.getByRole("link", { name: /Handle/ }).click();
    await expect(page).toHaveURL(/sort=-handle/);
    await expect(page.getByRole("columnheader", { name: /Handle/ })).toHaveAttribute("aria-sort", "descending");
  });
});

test.describe("another creator", () => {
  test.use({ storageState: ({}, use, info) => use(storageStateFor(info.project.name, "creator-b")) });

  test("cannot open the first creator's Following Manager", async ({ page }) => {
    for (const path of ["", "/keep", "/unfollow", "/fans", "/recorded"]) {
      const response = await page.goto(`/dashboard/${CREATOR_A.handle}/manager${path}`);
      expect(response?.status()).toBe(404);
    }
    expect((await page.request.get(`/dashboard/${CREATOR_A.handle}/lists/export?list=keep`)).status()).toBe(404);
    await page.goto(`/dashboard/${CREATOR_B.handle}/manager`);
    await expect(page.getByRole("heading", { name: "Following Manager" })).toBeVisible();
  });
});
