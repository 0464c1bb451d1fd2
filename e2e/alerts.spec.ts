import { expect, test } from "@playwright/test";
import { CREATOR_A } from "./fixtures/users";
import { signUpWithHandle, storageStateFor } from "./helpers";

const alertsPath = `/dashboard/${CREATOR_A.handle}/alerts`;

test.describe("the creator's alerts", () => {
  test.use({ storageState: ({}, use, info) => use(storageStateFor(info.project.name, "creator-a")) });

  test("lists the account's alerts in plain words with a badge, and one is sent to the admins with a comment", async ({ page }) => {
    await page.goto(`/dashboard/${CREATOR_A.handle}`);
    const navAlerts = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /^Alerts/ });
    await expect(navAlerts).toHaveText(/^Alerts\s*\d+/);
    await navAlerts.click();
    await expect(page).toHaveURL(new RegExp(`${alertsPath.replace(/\./g, "\\.")}$`));
    await expect(page.getByRole("heading", { name: "Alerts", level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: /^All \d+/ })).toBeVisible();

    const list = page.getByRole("list", { name: "Alerts" });
    const first = list.getByRole("link").first();
    // The demo history holds a mass unfollow spike, a follower burst and a churn ring.
    await expect(list).toContainText(/Mass unfollow spike|Follower burst|Churn ring/);
    await expect(first).toContainText(/\d/);
    await first.click();
    await expect(page.getByRole("heading", { name: "What the data shows" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Accounts involved" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "History" })).toBeVisible();
    await expect(page.getByRole("list", { name: "History" })).toContainText("Detected");

    const send = page.getByRole("button", { name: /^(Send to the admins|Send another comment)$/ });
    await send.click();
    await expect(page.getByRole("alert").filter({ hasText: /Write a comment for the admins/ })).toBeVisible();
    await expect(page.getByRole("textbox", { name: /comment for the admins/i })).toHaveAttribute("aria-invalid", "true");

    const comment = `I never lost these followers in the app (${Date.now().toString(36)}).`;
    await page.getByRole("textbox", { name: /comment for the admins/i }).fill(comment);
    await send.click();
    await expect(page.getByRole("status").filter({ hasText: "Sent to the admins" })).toBeVisible();
    await expect(page.getByRole("list", { name: "History" })).toContainText(comment);
    await expect(page.getByText(/^Sent to the admins \d+ \w+ \d{4}/)).toBeVisible();

    await page.getByRole("link", { name: "← All alerts" }).click();
    await page.getByRole("link", { name: /^Sent to the admins \d+/ }).click();
    await expect(page.getByRole("list", { name: "Alerts" }).getByText("Sent to the admins").first()).toBeVisible();
  });

  test("the accounts of an alert download as CSV, and another creator's alert is not found", async ({ page }) => {
    await page.goto(`${alertsPath}?filter=all`);
    const href = await page.getByRole("list", { name: "Alerts" }).getByRole("link").first().getAttribute("href");
    const id = href!.split("/").at(-1);
    const csv = await page.request.get(`${href}/accounts`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect((await csv.text()).startsWith("handle,detail\n")).toBe(true);
    expect((await page.request.get(`${alertsPath}/2147483647/accounts`)).status()).toBe(404);
    // The page streams behind its skeleton, so the answer is the not-found page rather than a 404 status.
    await page.goto(`${alertsPath}/2147483647`);
    await expect(page.getByText("There is no such alert for this handle.")).toBeVisible();
    expect(id).toMatch(/^\d+$/);
  });
});

test("a new creator sees the empty state, sets a webhook and sees its secret once", async ({ page }) => {
  const handle = `hooks.${Date.now().toString(36)}`;
  await signUpWithHandle(page, "webhooks", handle);
  await page.goto(`/dashboard/${handle}/alerts`);
  await expect(page.getByText(/No alerts: Followlens checks each snapshot/)).toBeVisible();

  await page.goto("/settings/tokens");
  await page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Webhooks" }).click();
  await expect(page).toHaveURL(/\/settings\/webhooks$/);
  const url = page.getByRole("textbox", { name: "Endpoint URL" });

  await url.fill("http://hooks.example.com/followlens");
  await page.getByRole("button", { name: "Set webhook" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /Use https:\/\/\. Plain http is accepted only for localhost/ })).toBeVisible();
  await expect(url).toHaveValue("http://hooks.example.com/followlens");

  await url.fill("http://127.0.0.1:9/followlens");
  await page.getByRole("button", { name: "Set webhook" }).click();
  const secret = page.getByTestId("webhook-secret");
  await expect(secret).toHaveText(/^whsec_[A-Za-z0-9_-]{43}$/);
  const text = (await secret.textContent())!;
  await expect(page.getByText("this is the only time it is shown")).toBeVisible();
  await expect(page.getByText("http://127.0.0.1:9/followlens").first()).toBeVisible();

  await page.reload();
  await expect(page.getByTestId("webhook-secret")).toHaveCount(0);
  expect(await page.content()).not.toContain(text.slice(10));
  await expect(page.getByText(text.slice(0, 10))).toBeVisible();

  // Nothing listens on port 9: the test event reports the failure instead of hanging.
  await page.getByRole("button", { name: "Send a test event" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Not delivered/ })).toBeVisible();

  await page.getByRole("button", { name: "Remove webhook" }).click();
  await page.getByRole("button", { name: "Yes, remove" }).click();
  await expect(page.getByRole("heading", { name: "Set a webhook" })).toBeVisible();
});
