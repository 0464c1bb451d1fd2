import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signUpWithHandle } from "./helpers";

const dir = mkdtempSync(path.join(os.tmpdir(), "followlens-e2e-profiles-"));
const handle = "prof.importer";
const base = `/dashboard/${handle}`;
const FOLLOWERS = 40;

/** Accounts the bots page lists at one confidence. */
async function countAt(page: Page, confidence: "medium" | "high") {
  await page.goto(`${base}/bots?confidence=${confidence}`);
  return shownCount(page);
}

/** The count on the bots page's "Showing: … — N accounts" line; 0 when the table is empty or absent. */
async function shownCount(page: Page) {
  const text = await page.getByText(/^Showing:.* — \d[\d,]* accounts?\b/).textContent({ timeout: 5_000 }).catch(() => null);
  const match = text?.match(/— (\d[\d,]*) accounts?\b/);
  return match ? Number(match[1]!.replace(/,/g, "")) : 0;
}

/** axe-core's WCAG 2.x A/AA rules, in light and dark, as the accessibility spec runs them on every creator page. */
async function expectAccessible(page: Page) {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
    expect(serious, `${page.url()} (${colorScheme})`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: "light" });
}

test("a creator imports a profile file: the preview names the ignored rows and columns, a mapping is changed, and more scores stand on profiles", async ({ page }) => {
  test.setTimeout(180_000);
  const followers = path.join(dir, "followers.csv");
  writeFileSync(followers, ["handle,followed_at", ...Array.from({ length: FOLLOWERS }, (_, i) => `fan.${i},2025-0${1 + (i % 9)}-1${i % 10} 10:00:00`)].join("\n"));
  await signUpWithHandle(page, "profiles", handle);
  await page.getByRole("link", { name: "Import your data" }).click();
  await page.getByLabel("Choose a file").setInputFiles(followers);
  await expect(page.getByRole("region", { name: "Preview" })).toBeVisible({ timeout: 60_000 });
  await page.getByRole("button", { name: "Apply this snapshot" }).click();
  await expect(page.getByText(/^Applied as the snapshot of/)).toBeVisible({ timeout: 60_000 });

  // The import's rescoring: every follower scored from its handle and follow date only.
  await expect.poll(async () => {
    await page.goto(`${base}/bots`);
    return shownCount(page);
  }, { timeout: 60_000 }).toBe(FOLLOWERS);
  const confidentBefore = (await countAt(page, "medium")) + (await countAt(page, "high"));

  await page.goto(`${base}/bots`);
  await page.getByRole("link", { name: "Upload a profile file" }).click();
  await expect(page.getByRole("heading", { name: "Profile files" })).toBeVisible();
  await expectAccessible(page);

  const rows = Array.from({ length: FOLLOWERS }, (_, i) =>
    `fan.${i},${i === 7 ? -5 : 200 + i},${150 + i},${12 + i},https://cdn.example/${i}.jpg,no,hello from fan ${i},2021-02-0${1 + (i % 9)},2026-0${1 + (i % 3)}-15T10:00:00Z,${i % 2 ? "happy" : "sad"}`);
  const profiles = path.join(dir, "profiles.csv");
  writeFileSync(profiles, ["handle,followers,following,posts_total,avatar,private,bio,created,last_post,mood", ...rows, "stranger,10,10,1,,no,,,,calm"].join("\n"));
  await page.getByLabel("Choose a profile file").setInputFiles(profiles);
  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview).toBeVisible({ timeout: 60_000 });

  // Exactly the unknown columns, the negative count (line 9: fan.7) and the stranger (line 42).
  const columnRow = (name: string) => preview.getByRole("row").filter({ has: page.getByRole("cell", { name, exact: true }) });
  await expect(columnRow("mood")).toContainText("ignored: unknown column");
  await expect(columnRow("posts_total")).toContainText("ignored: unknown column");
  await expect(columnRow("followers")).toContainText("by its name");
  const problems = preview.getByRole("list", { name: "Problems" }).getByRole("listitem");
  await expect(problems).toHaveCount(2);
  await expect(problems.nth(0)).toContainText("negative count in the column followers: 1 row");
  await expect(problems.nth(0)).toContainText("line 9 (e.g. -5 is negative)");
  await expect(problems.nth(1)).toContainText("handle not among this account's followers or following in the column handle: 1 row");
  await expect(problems.nth(1)).toContainText("line 42");
  await expect(page.getByRole("button", { name: `Apply ${FOLLOWERS - 1} profiles` })).toBeEnabled();
  await expectAccessible(page);

  // posts_total holds the video counts: read it so, and preview again from the stored file.
  await page.getByLabel("Read the column posts_total as").selectOption({ label: "posts / videos" });
  await page.getByRole("button", { name: "Preview again with these columns" }).click();
  await expect(columnRow("posts_total")).toContainText("your choice", { timeout: 60_000 });
  await expect(page.getByLabel("Read the column posts_total as")).toHaveValue("videoCount");
  await expect(preview).toContainText("posts / videos (39)");

  await page.getByRole("button", { name: `Apply ${FOLLOWERS - 1} profiles` }).click();
  await expect(page.getByText(`${FOLLOWERS - 1} profiles written.`)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText("The scores were recomputed with them.")).toBeVisible({ timeout: 90_000 });

  const confidentAfter = (await countAt(page, "medium")) + (await countAt(page, "high"));
  expect(confidentAfter).toBeGreaterThanOrEqual(confidentBefore + FOLLOWERS - 1);
});
