import { expect, type Page } from "@playwright/test";

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard/);
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
