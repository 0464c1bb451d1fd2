import { expect, test } from "@playwright/test";
import { ADMIN, CREATOR_A } from "./fixtures/users";
import { signIn, storageStateFor } from "./helpers";

test.describe("an admin", () => {
  test("filters the queue, then assigns, annotates, acknowledges and resolves an anomaly", async ({ page }) => {
    await signIn(page, ADMIN.email, ADMIN.password);
    await page.getByRole("link", { name: /Admin/ }).click();
    await expect(page.getByRole("heading", { name: "Review queue" })).toBeVisible();

    // Filters go to the URL; the oldest open anomaly of the fixture creator is the one this test works on.
    const filters = page.getByRole("form", { name: "Filter the queue" });
    await filters.getByLabel("Status", { exact: true }).selectOption("open");
    await filters.getByLabel("Account (handle starts with)").fill(`@${CREATOR_A.handle}`);
    await filters.getByLabel("Sort", { exact: true }).selectOption("oldest");
    await filters.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/status=open/);
    await expect(page).toHaveURL(/account=e2e\.creator/);
    const rows = page.getByRole("table").getByRole("row");
    await expect(rows.nth(1)).toContainText(`@${CREATOR_A.handle}`);
    await expect(rows.nth(1)).toContainText(CREATOR_A.email);
    await expect(rows.nth(1)).toContainText("Open");
    // A bogus filter value falls back to the default instead of failing the page.
    const csv = await page.request.get(`/admin/export?status=open&account=${CREATOR_A.handle}&severity=nonsense`);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toMatch(/^id,kind,severity,status,account/);

    await rows.nth(1).getByRole("link").first().click();
    await expect(page).toHaveURL(/\/admin\/anomalies\/\d+$/);
    await expect(page.getByRole("heading", { name: "Evidence" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Audit trail" })).toBeVisible();

    await page.getByRole("button", { name: "Assign to me" }).click();
    await expect(page.getByText(`Assigned to ${ADMIN.email}`).first()).toBeVisible();

    await page.getByLabel("Add a note").fill("Compared the two snapshots by hand.");
    await page.getByRole("button", { name: "Add note" }).click();
    const trail = page.getByRole("region", { name: "Audit trail", exact: true });
    await expect(trail.getByText("Compared the two snapshots by hand.")).toBeVisible();

    await page.getByRole("button", { name: "Acknowledge" }).click();
    const status = page.getByRole("region", { name: "Status", exact: true });
    await expect(status.getByRole("button", { name: "Resolve" })).toBeVisible();

    await status.getByRole("button", { name: "Resolve" }).click();
    await expect(status.getByRole("alert")).toHaveText("Write a note saying why before you resolve it.");

    await status.getByLabel(/Note/).fill("Platform confirmed the bug; follows restored.");
    await status.getByRole("button", { name: "Resolve" }).click();
    await expect(status.getByRole("button", { name: "Reopen" })).toBeVisible();
    await expect(page.getByRole("main").locator("header").getByText("Resolved", { exact: true })).toBeVisible();
    await expect(trail.getByText("Platform confirmed the bug; follows restored.")).toBeVisible();
    await expect(trail.getByText("Status changed")).toHaveCount(2);
    await expect(trail.getByText(new RegExp(`^${ADMIN.email.replace(".", "\\.")} ·`)).first()).toBeVisible();
  });

  test("sees the platform view", async ({ page }) => {
    await signIn(page, ADMIN.email, ADMIN.password);
    await page.goto("/admin/platform");
    await expect(page.getByRole("heading", { name: "Platform", exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { name: /Anomalies per day/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Open platform incidents" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Accounts most affected" })).toBeVisible();
  });
});

test.describe("a creator", () => {
  test.use({ storageState: ({}, use, info) => use(storageStateFor(info.project.name, "creator-a")) });

  test("gets not found for the admin pages and their downloads", async ({ page }) => {
    for (const path of ["/admin", "/admin/platform", "/admin/anomalies/1", "/admin/anomalies/999999"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { name: "Review queue" })).toHaveCount(0);
    }
    expect((await page.request.get("/admin/export")).status()).toBe(404);
    expect((await page.request.get("/admin/anomalies/1/export")).status()).toBe(404);
  });
});
