import { expect, test, type Page } from "@playwright/test";
import { ADMIN, CREATOR_A } from "./fixtures/users";
import { signIn, storageStateFor } from "./helpers";

const widths = [
  { name: "desktop", width: 1280, height: 800 },
  { name: "laptop", width: 1024, height: 768 },
  { name: "phone", width: 390, height: 844 },
] as const;

const creatorSections = [
  { label: "Overview", path: `/dashboard/${CREATOR_A.handle}` },
  { label: "Relationships", path: `/dashboard/${CREATOR_A.handle}/relationships` },
  { label: "Bots", path: `/dashboard/${CREATOR_A.handle}/bots` },
  { label: "Following", path: `/dashboard/${CREATOR_A.handle}/manager` },
  { label: "Lists", path: `/dashboard/${CREATOR_A.handle}/lists` },
  { label: "Alerts", path: `/dashboard/${CREATOR_A.handle}/alerts` },
  { label: "Imports", path: `/dashboard/${CREATOR_A.handle}/imports` },
  { label: "Settings", path: "/settings/account" },
];
const adminSections = [
  { label: "Queue", path: "/admin" },
  { label: "Platform", path: "/admin/platform" },
  { label: "Settings", path: "/settings/account" },
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const menuButton = (page: Page) => page.getByRole("button", { name: "Menu" });
const mainNav = (page: Page) => page.getByRole("navigation", { name: "Main" });

/** The section's link in the navigation as it shows at this width (on a phone, after opening the menu). */
async function sectionLink(page: Page, phone: boolean, label: string) {
  if (phone) {
    await menuButton(page).click();
    await expect(menuButton(page)).toHaveAttribute("aria-expanded", "true");
  } else {
    await expect(menuButton(page)).toBeHidden();
  }
  return mainNav(page).getByRole("link", { name: new RegExp(`^${label}`) });
}

/** The header never scrolls sideways (the pages' own tables may, which is theirs to fix). */
async function expectHeaderFits(page: Page) {
  expect(await page.getByRole("banner").evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
}

/** Visits every section through the navigation, checking each link is on screen, leads there and is marked current. */
async function visitEverySection(page: Page, phone: boolean, sections: { label: string; path: string }[]) {
  for (const section of sections) {
    const link = await sectionLink(page, phone, section.label);
    await expect(link).toBeInViewport();
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${escape(section.path)}$`));
    const current = await sectionLink(page, phone, section.label);
    await expect(current).toHaveAttribute("aria-current", "page");
    await expect(mainNav(page).locator('[aria-current="page"]')).toHaveCount(1);
    if (phone) {
      await page.keyboard.press("Escape");
      await expect(menuButton(page)).toHaveAttribute("aria-expanded", "false");
    }
    await expectHeaderFits(page);
  }
}

for (const size of widths) {
  const phone = size.width < 1024;

  test.describe(`at ${size.width} px`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test.describe("a creator", () => {
      test.use({ storageState: ({}, use, info) => use(storageStateFor(info.project.name, "creator-a")) });

      test("sees every section's link and reaches each", async ({ page }, info) => {
        await page.goto(`/dashboard/${CREATOR_A.handle}`);
        // The handle reads in full, never clipped to "@e2e.cr".
        const handle = page.getByRole("banner").getByText(`@${CREATOR_A.handle}`, { exact: true });
        await expect(handle).toBeVisible();
        expect(await handle.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
        await page.screenshot({ path: info.outputPath(`creator-${size.width}.png`) });
        if (phone) {
          await menuButton(page).click();
          await page.screenshot({ path: info.outputPath(`creator-${size.width}-menu.png`) });
          await page.keyboard.press("Escape");
        }
        await visitEverySection(page, phone, creatorSections);
      });
    });

    test.describe("an admin", () => {
      test("lands on the review queue and reaches every admin section", async ({ page }, info) => {
        await signIn(page, ADMIN.email, ADMIN.password);
        await expect(page).toHaveURL(/\/admin$/);
        await page.goto("/");
        await expect(page).toHaveURL(/\/admin$/);
        await page.screenshot({ path: info.outputPath(`admin-${size.width}.png`) });
        await visitEverySection(page, phone, adminSections);
      });
    });
  });
}

test.describe("the phone menu", () => {
  test.use({ viewport: { width: 390, height: 844 }, storageState: ({}, use, info) => use(storageStateFor(info.project.name, "creator-a")) });

  test("works from the keyboard: Enter opens it on its first link, Escape closes it and focus returns", async ({ page }) => {
    await page.goto(`/dashboard/${CREATOR_A.handle}/bots`);
    const button = menuButton(page);
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await button.focus();
    await page.keyboard.press("Enter");
    await expect(button).toHaveAttribute("aria-expanded", "true");
    await expect(mainNav(page).getByRole("link", { name: "Overview" })).toBeFocused();
    await expect(mainNav(page).getByRole("link", { name: "Bots" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("link", { name: "Add handle" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expect(mainNav(page)).toBeHidden();
    await expect(button).toBeFocused();

    // Tabbing through to a link and following it closes the menu on the new page.
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await expect(mainNav(page).getByRole("link", { name: "Relationships" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/relationships$/);
    await expect(button).toHaveAttribute("aria-expanded", "false");
  });
});

test.describe("at 390 px every page", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  /** Visits each page and names those wider than the screen, with the outermost element that sticks out. */
  async function overflowingPages(page: Page, paths: { label: string; path: string }[]) {
    const found: string[] = [];
    for (const p of paths) {
      const response = await page.goto(p.path);
      expect(response?.status(), p.path).toBeLessThan(400);
      const excess = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const out = (el: Element | null) => !!el && el.getBoundingClientRect().right > width + 1;
        const culprit = [...document.querySelectorAll("body *")].find((el) => out(el) && !out(el.parentElement));
        const px = document.documentElement.scrollWidth - width;
        return px > 0 ? `${px} px, ${culprit?.tagName.toLowerCase() ?? "?"}.${culprit?.className ?? ""}` : null;
      });
      if (excess) found.push(`${p.label}: ${excess}`);
    }
    return found;
  }

  test("fits the screen for a creator and an admin: wide tables scroll inside their own box", async ({ browser }, info) => {
    const creator = await browser.newContext({ viewport: { width: 390, height: 844 }, storageState: storageStateFor(info.project.name, "creator-a") });
    const creatorPages = [
      ...creatorSections,
      { label: "Lost followers", path: `/dashboard/${CREATOR_A.handle}/relationships?kind=lost` },
      { label: "Import profiles", path: `/dashboard/${CREATOR_A.handle}/imports/profiles` },
      { label: "API tokens", path: "/settings/tokens" },
      { label: "Webhooks", path: "/settings/webhooks" },
    ];
    const found = await overflowingPages(await creator.newPage(), creatorPages);
    await creator.close();

    const admin = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const adminPage = await admin.newPage();
    await signIn(adminPage, ADMIN.email, ADMIN.password);
    found.push(...(await overflowingPages(adminPage, adminSections)));
    await admin.close();
    expect(found).toEqual([]);
  });
});
