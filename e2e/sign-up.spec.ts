import { expect, test } from "@playwright/test";
import { CREATOR_A } from "./fixtures/users";
import { signIn, uniqueEmail } from "./helpers";

test("a new creator signs up, signs in, adds a handle and explores sample data", async ({ page }) => {
  // Loading the sample applies 30 daily snapshots, scores and detects within the request: the whole test took
  // 52 s of the default 60 s in a full run here, while the suite's other workers load both cores.
  test.setTimeout(150_000);
  const email = uniqueEmail("newcomer");
  await page.goto("/signup");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a-good-long-password");
  await page.getByRole("button", { name: /create account/i }).click();
  await expect(page).toHaveURL(/\/signin/);

  await signIn(page, email, "a-good-long-password");
  await expect(page.getByRole("heading", { name: "Welcome to Followlens" })).toBeVisible();

  await page.getByLabel("TikTok handle").fill("not a handle!");
  await page.getByRole("button", { name: "Track handle" }).click();
  await expect(page.getByText("Use only letters, digits, dots and underscores.")).toBeVisible();

  await page.getByLabel("TikTok handle").fill("@my.new_handle");
  await page.getByRole("button", { name: "Track handle" }).click();
  await expect(page).toHaveURL(/\/dashboard\/my\.new_handle$/);
  await expect(page.getByText("No data for @my.new_handle yet")).toBeVisible();

  await page.getByRole("button", { name: "Load sample data" }).click();
  const followers = page.getByRole("link", { name: /^Followers/ }).first();
  await expect(followers).toBeVisible({ timeout: 120_000 });
  await expect(page.getByRole("img", { name: /follower/i }).first()).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/signin/);
});

test("sign-up refuses a taken email and a weak password, keeping what was typed", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Email").fill(CREATOR_A.email);
  await page.getByLabel("Password").fill("another-long-password");
  await page.getByRole("button", { name: /create account/i }).click();
  await expect(page.getByText("An account with this email already exists.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(CREATOR_A.email);

  await page.getByLabel("Email").fill(uniqueEmail("weak"));
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: /create account/i }).click();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
});

test("a wrong password is refused with a clear message", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(CREATOR_A.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByText("Email or password is incorrect.")).toBeVisible();
  await expect(page).toHaveURL(/\/signin/);
});
