import { expect, type Page } from "@playwright/test";

/** Signs in from the sign-in page; a creator lands on their dashboard, an admin on the review queue. */
export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/(dashboard|admin)(\/|$)/);
}

/** Signs up a new creator, signs in and tracks `handle`: the page ends on that handle's (empty) dashboard. */
export async function signUpWithHandle(page: Page, tag: string, handle: string) {
  const email = uniqueEmail(tag);
  await page.goto("/signup");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a-good-long-password");
  await page.getByRole("button", { name: /create account/i }).click();
  await expect(page).toHaveURL(/\/signin/);
  await signIn(page, email, "a-good-long-password");
  await page.getByLabel("TikTok handle").fill(handle);
  await page.getByRole("button", { name: "Track handle" }).click();
  await expect(page).toHaveURL(new RegExp(`/dashboard/${handle.replace(/\./g, "\\.")}$`));
}

/** A unique address per test run and worker, so tests that sign up never collide. */
export function uniqueEmail(tag: string) {
  return `${tag}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@e2e.local`;
}

export function storageStateFor(project: string, who: "creator-a" | "creator-b") {
  return `e2e/.auth/${project.replace(/^setup-/, "")}-${who}.json`;
}

/** "24,506" → 24506 */
export const parseCount = (text: string) => Number(text.replace(/[^\d-]/g, ""));
