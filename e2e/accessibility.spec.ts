import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { ADMIN, CREATOR_A } from "./fixtures/users";
import { signIn, storageStateFor } from "./helpers";

const base = `/dashboard/${CREATOR_A.handle}`;

/** axe-core's WCAG 2.x A/AA rules on the page as it stands; serious and critical findings fail the test. */
async function expectNoSeriousViolations(page: Page, path: string, heading: string) {
  await page.goto(path);
  await expect(page.getByRole("heading", { name: heading }).first()).toBeVisible();
  // Skeletons and streamed parts settle before the check (a loading state is checked on its own pages' loads).
  await expect(page.getByText(/^Loading /)).toHaveCount(0, { timeout: 30_000 });
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
  expect(serious, `${path}`).toEqual([]);
}

test.describe("a creator's pages", () => {
  test.use({ storageState: ({}, use, info) => use(storageStateFor(info.project.name, "creator-a")) });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`have no serious or critical accessibility violations (${colorScheme})`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.emulateMedia({ colorScheme });
      const pages: [string, string][] = [
        [base, `@${CREATOR_A.handle}`],
        [`${base}/relationships?kind=followers`, "Relationships"],
        [`${base}/relationships?kind=lost-followers&range=28d`, "Relationships"],
        [`${base}/bots`, "Bot-likeness"],
        [`${base}/manager`, "Following Manager"],
        [`${base}/lists`, "Your lists"],
        [`${base}/alerts`, "Alerts"],
        [`${base}/imports`, "Imports"],
        ["/settings/account", "Account"],
        ["/settings/tokens", "API tokens"],
        ["/settings/webhooks", "Webhook"],
      ];
      for (const [path, heading] of pages) await expectNoSeriousViolations(page, path, heading);
    });
  }
});

test("the sign-in pages and an admin's pages have no serious or critical accessibility violations", async ({ page }) => {
  test.setTimeout(180_000);
  await expectNoSeriousViolations(page, "/signin", "Sign in to Followlens");
  await expectNoSeriousViolations(page, "/signup", "Create your account");
  await signIn(page, ADMIN.email, ADMIN.password);
  await expectNoSeriousViolations(page, "/admin", "Review queue");
  await expectNoSeriousViolations(page, "/admin/platform", "Platform");
});
