import { expect, test } from "@playwright/test";
import { ADMIN, CREATOR_A } from "./fixtures/users";
import { signIn, storageStateFor } from "./helpers";

// The whole review loop across both roles: a creator sends an alert to the admins with a comment, an admin finds
// the comment on the anomaly, assigns it, notes and resolves it, and the creator sees the outcome. The alert is the
// fixture's "unfollow not applied" (two unfollows recorded before a snapshot that still had both follows), which the
// other specs leave alone.
test("a creator's report reaches an admin, who assigns, comments and resolves it; the creator sees the outcome", async ({ browser, page }, info) => {
  const creator = await browser.newContext({ storageState: storageStateFor(info.project.name, "creator-a") });
  const creatorPage = await creator.newPage();
  await creatorPage.goto(`/dashboard/${CREATOR_A.handle}/alerts?filter=all`);
  const alert = creatorPage.getByRole("list", { name: "Alerts" }).getByRole("link").filter({ hasText: "Unfollow not applied" }).first();
  await expect(alert).toContainText(/still/i);
  await alert.click();
  await expect(creatorPage).toHaveURL(/\/alerts\/\d+$/);
  const id = creatorPage.url().split("/").at(-1)!;

  const comment = `These two still show as followed in the app (${info.project.name} ${Date.now().toString(36)}).`;
  await creatorPage.getByRole("textbox", { name: /comment for the admins/i }).fill(comment);
  await creatorPage.getByRole("button", { name: /^(Send to the admins|Send another comment)$/ }).click();
  await expect(creatorPage.getByRole("status").filter({ hasText: "Sent to the admins" })).toBeVisible();

  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto(`/admin/anomalies/${id}`);
  const trail = page.getByRole("region", { name: "Audit trail", exact: true });
  await expect(trail.getByText(comment)).toBeVisible();
  await expect(trail.getByText(CREATOR_A.email).first()).toBeVisible();
  const status = page.getByRole("region", { name: "Status", exact: true });
  // A retried run finds the anomaly it resolved the first time.
  if (await status.getByRole("button", { name: "Reopen" }).isVisible()) await status.getByRole("button", { name: "Reopen" }).click();

  await page.getByRole("button", { name: "Assign to me" }).click();
  await expect(page.getByText(`Assigned to ${ADMIN.email}`).first()).toBeVisible();
  const note = `Throttled unfollows reported to the platform (${Date.now().toString(36)}).`;
  await page.getByLabel("Add a note").fill(note);
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(trail.getByText(note)).toBeVisible();
  await status.getByRole("button", { name: "Acknowledge" }).click();
  await expect(status.getByRole("button", { name: "Acknowledge" })).toHaveCount(0);
  await status.getByLabel(/Note/).fill("The platform applied both unfollows after its fix.");
  await status.getByRole("button", { name: "Resolve" }).click();
  await expect(status.getByRole("button", { name: "Reopen" })).toBeVisible();

  await creatorPage.reload();
  await expect(creatorPage.getByText("The admins dealt with it.")).toBeVisible();
  await expect(creatorPage.getByRole("list", { name: "History" })).toContainText(note);
  await expect(creatorPage.getByRole("list", { name: "History" })).not.toContainText(ADMIN.email);

  const queue = await creatorPage.goto("/admin");
  expect(queue?.status()).toBe(404);
  await creator.close();
});
