import { expect, test, type Page } from "@playwright/test";
import { CREATOR_A } from "./fixtures/users";
import { parseCount, signUpWithHandle, storageStateFor } from "./helpers";

const base = `/dashboard/${CREATOR_A.handle}`;

/** "Last 7 days · 1 Dec – 7 Dec 2026" → the first and last day as YYYY-MM-DD. */
async function shownBounds(page: Page) {
  const text = (await page.getByText(/^Showing/).first().textContent()) ?? "";
  const match = text.match(/(\d{1,2} \w{3})(?: (\d{4}))? – (\d{1,2} \w{3}) (\d{4})/);
  if (!match) throw new Error(`no dates in "${text}"`);
  const day = (d: string, year: string) => new Date(`${d} ${year} UTC`).toISOString().slice(0, 10);
  return { from: day(match[1]!, match[2] ?? match[4]!), to: day(match[3]!, match[4]!) };
}

async function downloadCsv(page: Page) {
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /Download CSV/ }).click();
  const chunks = await (await (await download).createReadStream()).toArray();
  return Buffer.concat(chunks).toString("utf8").trim().split("\n");
}

test.describe("creator A", () => {
  test.use({ storageState: ({}, use, info) => use(storageStateFor(info.project.name, "creator-a")) });

  test("7 days picked on the overview stays on Lost followers; the rows and the CSV keep it, in the table's order", async ({ page }) => {
    await page.goto(base);
    await page.getByRole("navigation", { name: "Time range" }).getByRole("link", { name: "7 days" }).click();
    await expect(page).toHaveURL(/range=7d/);
    await expect(page.getByRole("link", { name: "7 days" })).toHaveAttribute("aria-current", "page");

    await page.getByRole("link", { name: "View all latest lost followers" }).click();
    await expect(page).toHaveURL(/kind=lost-followers/);
    await expect(page).toHaveURL(/range=7d/);
    await expect(page.getByRole("link", { name: "7 days" })).toHaveAttribute("aria-current", "page");
    const bounds = await shownBounds(page);

    // Oldest first, so the CSV's order is not simply the default one.
    await page.getByRole("link", { name: /Left between/ }).click();
    await expect(page).toHaveURL(/sort=date/);
    const rows = page.locator("tbody tr");
    await expect(rows.first()).toBeVisible();
    const handles = (await page.locator("tbody tr td:first-child").allTextContents()).map((h) => h.replace("@", ""));
    const total = parseCount((await page.getByText(/^Showing \d/).textContent())!.split("of")[1]!);

    const lines = await downloadCsv(page);
    expect(lines[0]).toBe("handle,left_after,left_before,bot_label");
    const cells = lines.slice(1).map((line) => line.split(","));
    expect(cells).toHaveLength(total);
    expect(cells.slice(0, handles.length).map((c) => c[0])).toEqual(handles);
    const leftBefore = cells.map((c) => c[2]!);
    expect([...leftBefore].sort()).toEqual(leftBefore);
    for (const at of leftBefore) {
      expect(at.slice(0, 10) >= bounds.from && at.slice(0, 10) <= bounds.to, `${at} within ${bounds.from} – ${bounds.to}`).toBe(true);
    }

    // Another list keeps the range.
    await page.getByRole("navigation", { name: "Relationship lists" }).getByRole("link", { name: /New followers/ }).click();
    await expect(page).toHaveURL(/kind=new-followers.*range=7d|range=7d.*kind=new-followers/);
  });

  test("Not following back shows each account's bot label and filters by it like the bots view", async ({ page }) => {
    await page.goto(`${base}/relationships?kind=not-following-back`);
    const labels = page.locator("tbody tr td:last-child");
    await expect(labels.first()).toBeVisible();
    expect((await labels.allTextContents()).every((t) => ["Likely bot", "Suspicious", "Likely real", "Unknown"].includes(t.trim()))).toBe(true);

    await page.getByRole("navigation", { name: "Bot check" }).getByRole("link", { name: "Likely real" }).click();
    await expect(page).toHaveURL(/label=likely-real/);
    await expect(labels.first()).toHaveText("Likely real");
    expect(new Set(await labels.allTextContents())).toEqual(new Set(["Likely real"]));
    const lines = await downloadCsv(page);
    expect(lines[0]).toBe("handle,you_follow_since,bot_label");
    expect(lines.slice(1).every((l) => l.endsWith(",likely-real"))).toBe(true);
  });

  test("a custom range from the date picker that holds nothing says where the rows are and links to them", async ({ page }) => {
    await page.goto(`${base}/relationships?kind=new-followers`);
    await page.getByText("Custom range").click();
    await page.getByLabel("From").fill("2020-01-01");
    await page.getByLabel("To").fill("2020-01-31");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/from=2020-01-01&to=2020-01-31/);
    await expect(page.getByText(/^Your [\d,]+ new followers followed you after this range\.$/)).toBeVisible();
    await page.getByRole("link", { name: /^Show \d/ }).click();
    await expect(page.locator("tbody tr").first()).toBeVisible();
    await expect(page).not.toHaveURL(/from=2020-01-01/);
  });

  test("each chart has a previous-period line in its legend and downloads its data", async ({ page }) => {
    await page.goto(`${base}?range=7d`);
    await expect(page.getByText("Previous period").first()).toBeVisible();
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: /Download data \(followers, CSV\)/ }).click();
    const lines = Buffer.concat(await (await (await download).createReadStream()).toArray()).toString("utf8").trim().split("\n");
    expect(lines[0]).toBe("day,followers,estimated,previous_day,previous_followers");
    expect(lines).toHaveLength(1 + 7);
    expect(lines.slice(1).every((l) => /^\d{4}-\d{2}-\d{2},\d+,(yes|no),\d{4}-\d{2}-\d{2},\d+$/.test(l))).toBe(true);
  });
});

test("after a first import dated before the range, the overview says where the new followers are", async ({ page }) => {
  await signUpWithHandle(page, "ranged", "ranged.importer");
  await page.getByRole("link", { name: "Import your data" }).click();
  await page.getByLabel("Choose a file").setInputFiles(["test/fixtures/exports/Follower.txt", "test/fixtures/exports/Following.txt"]);
  await expect(page.getByRole("region", { name: "Preview" })).toBeVisible({ timeout: 60_000 });
  await page.getByRole("button", { name: "Apply this snapshot" }).click();
  await expect(page.getByText(/^Applied as the snapshot of/)).toBeVisible({ timeout: 60_000 });

  await page.goto("/dashboard/ranged.importer?range=7d");
  const card = page.getByRole("region", { name: "Latest new followers" });
  await expect(card.getByText("Your 2 new followers followed you before this range.")).toBeVisible();
  await expect(page.getByRole("note").getByText(/The latest change before it was on \d{1,2} Aug 2023/)).toBeVisible();
  await card.getByRole("link", { name: "Show all time" }).click();
  await expect(page).not.toHaveURL(/range=/);
  await expect(page.getByRole("region", { name: "Latest new followers" }).getByText("@bob_22")).toBeVisible();
});
