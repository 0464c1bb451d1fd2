import { expect, test } from "@playwright/test";
import { CREATOR_A, CREATOR_B } from "./fixtures/users";
import { storageStateFor } from "./helpers";

test.describe("another creator", () => {
  test.use({ storageState: ({}, use, info) => use(storageStateFor(info.project.name, "creator-b")) });

  test("cannot open the first creator's pages or download their lists", async ({ page }) => {
    for (const path of ["", "/relationships?kind=mutuals", "/accounts/anyone", "/bots"]) {
      const response = await page.goto(`/dashboard/${CREATOR_A.handle}${path}`);
      expect(response?.status()).toBe(404);
      await expect(page.getByText("There is no such tracked account")).toBeVisible();
    }
    const csv = await page.request.get(`/dashboard/${CREATOR_A.handle}/relationships/export?kind=followers&format=csv`);
    expect(csv.status()).toBe(404);
    expect(await csv.text()).not.toContain("follows_you_since");
    expect((await page.request.get(`/dashboard/${CREATOR_A.handle}/bots/export`)).status()).toBe(404);
    await page.goto("/dashboard");
    await expect(page).toHaveURL(new RegExp(`/dashboard/${CREATOR_B.handle.replace(".", "\\.")}$`));
  });
});

test("a signed-out visitor is sent to sign in, and the CSV route refuses them", async ({ page }) => {
  await page.goto(`/dashboard/${CREATOR_A.handle}`);
  await expect(page).toHaveURL(/\/signin/);
  const csv = await page.request.get(`/dashboard/${CREATOR_A.handle}/relationships/export?kind=followers`, { maxRedirects: 0 });
  expect([302, 307, 401]).toContain(csv.status());
});
