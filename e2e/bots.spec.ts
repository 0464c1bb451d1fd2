import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { CREATOR_A } from "./fixtures/users";
import { parseCount, signUpWithHandle, storageStateFor } from "./helpers";

test.use({ storageState: ({}, use, info) => use(storageStateFor(info.project.name, "creator-a")) });

const base = `/dashboard/${CREATOR_A.handle}`;

/** The "Showing: … — N accounts" line above the table. */
const showing = (page: Page) => page.locator("p", { hasText: /^Showing:/ });
async function shownTotal(page: Page) {
  const text = (await showing(page).textContent())!;
  return parseCount(text.match(/— ([\d,]+) accounts?/)![1]!);
}

async function downloadCsvLines(page: Page) {
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  return Buffer.concat(await (await (await download).createReadStream()).toArray()).toString("utf8").trim().split("\n");
}

test("the overview shows audience quality with its histogram", async ({ page }) => {
  await page.goto(base);
  const section = page.getByRole("region", { name: "Audience quality" });
  await expect(section.getByText(/\d+(\.\d)?%/).first()).toBeVisible();
  await expect(section.getByRole("img", { name: /Bot score histogram/ })).toBeVisible();
});

test("the bots view explains each score, filters by label and puts accounts on a list", async ({ page }) => {
  await page.goto(`${base}/bots?label=likely-bot`);
  const rows = page.locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  await expect(rows.first().getByText("Likely bot")).toBeVisible();
  await expect(rows.first().locator("li").first()).toContainText(/\+\d+/);

  const first = rows.nth(0).getByRole("checkbox");
  const second = rows.nth(1).getByRole("checkbox");
  await first.check();
  await second.check();
  await page.getByRole("button", { name: "Add to remove list" }).click();
  await expect(page.getByRole("status")).toContainText(/added to the remove list/);
  await expect(rows.nth(0)).toContainText("on remove list");

  await page.getByRole("button", { name: "Add to remove list" }).click();
  await expect(page.getByRole("status")).toContainText("Select at least one account.");

  // The list page shows them; one can be taken off again.
  const chosen = (await rows.nth(0).getByRole("link").first().textContent())!;
  await page.getByRole("link", { name: "Lists" }).click();
  await page.getByRole("link", { name: "Remove list" }).click();
  const entry = page.locator("tbody tr", { hasText: chosen });
  await expect(entry).toBeVisible();
  await entry.getByRole("checkbox").check();
  await page.getByRole("button", { name: "Take selected off the list" }).click();
  await expect(page.getByRole("status")).toContainText("1 taken off the remove list.");
  await expect(page.locator("tbody tr", { hasText: chosen })).toHaveCount(0);
});

test("rescoring runs as a job with a progress bar and updates the scores", async ({ page }) => {
  await page.goto(`${base}/bots`);
  const before = await page.getByText(/Scored .* with version/).textContent();
  await page.getByRole("button", { name: "Rescore all accounts" }).click();
  await expect(page.getByRole("button", { name: "Rescoring…" }).or(page.getByRole("button", { name: "Rescore all accounts" }))).toBeVisible();
  await expect(page.getByRole("button", { name: "Rescore all accounts" })).toBeEnabled({ timeout: 60_000 });
  await expect.poll(async () => page.getByText(/Scored .* with version/).textContent(), { timeout: 30_000 }).not.toBe(before);
});

test("the bots CSV holds every scored account with its reasons", async ({ page }) => {
  await page.goto(`${base}/bots`);
  const total = await shownTotal(page);
  const text = await downloadCsvLines(page);
  expect(text[0]).toBe("handle,score,label,confidence,version,reasons");
  expect(text.length - 1).toBe(total);
  expect(text.slice(1).every((line) => /^[^,]+,(\d+,[a-z-]+,(low|medium|high)|,unknown,),\d+,/.test(line))).toBe(true);
});

test("the bots view shows each score's confidence, filters and sorts by it", async ({ page }) => {
  await page.goto(`${base}/bots?confidence=high`);
  const rows = page.locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  const cells = rows.locator("td:nth-child(4)");
  expect((await cells.allTextContents()).every((t) => t.trim() === "High")).toBe(true);
  await page.getByRole("link", { name: "Confidence" }).click();
  await expect(page).toHaveURL(/sort=-confidence/);
  await expect(page.getByRole("columnheader", { name: /Confidence ↓/ })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Confidence" }).getByRole("link", { name: "High" })).toHaveAttribute("aria-current", "page");
});

test("the summary's counts are the table's totals, each leading to its tab, and say why accounts are flagged", async ({ page }) => {
  await page.goto(`${base}/bots`);
  const summary = page.getByRole("region", { name: "Summary" });
  const all = await shownTotal(page);
  // label → the summary card's name and the tab's
  const labels = { "likely-bot": ["Likely bots", "Likely bot"], suspicious: ["Suspicious", "Suspicious"], "likely-real": ["Likely real", "Likely real"], unknown: ["Unknown", "Unknown"] };
  let sum = 0;
  for (const [label, [name, tab]] of Object.entries(labels)) {
    const card = summary.getByRole("link", { name: new RegExp(`^${name} `) });
    const count = parseCount((await card.locator("span.text-2xl").textContent())!);
    sum += count;
    await card.click();
    await expect(page).toHaveURL(new RegExp(`/bots\\?label=${label}$`));
    await expect(page.getByRole("navigation", { name: "Label" }).getByRole("link", { name: tab })).toHaveAttribute("aria-current", "page");
    expect(await shownTotal(page), name).toBe(count);
    if (label === "likely-bot") {
      // Counted row by row, not from the stored summary: the download streams the table's rows.
      expect(count).toBeGreaterThan(0);
      expect((await downloadCsvLines(page)).length - 1).toBe(count);
    }
    await page.goBack();
  }
  expect(sum).toBe(all);

  const flagged = summary.getByRole("listitem").filter({ hasText: /flagged accounts/ });
  await expect(flagged.first()).toBeVisible();
  await expect(flagged.first()).toContainText(/^[A-Z].+[\d,]+ flagged accounts \(\d+(\.\d)?%\) · \+\d+( to \+\d+)? points.+\./);

  const high = summary.getByRole("link", { name: /^high [\d,]+/ });
  const highCount = parseCount((await high.textContent())!.split("(")[0]!);
  await high.click();
  await expect(page).toHaveURL(/\/bots\?confidence=high$/);
  expect(await shownTotal(page)).toBe(highCount);
});

test("a row shows its strongest reasons and opens the rest from the keyboard", async ({ page }) => {
  await page.goto(`${base}/bots?label=likely-bot`);
  const row = page.locator("tbody tr").filter({ has: page.locator("details") }).first();
  const inline = row.locator("td:nth-child(5) > div > ul > li");
  expect(await inline.count()).toBeLessThanOrEqual(2);
  await expect(inline.first()).toContainText(/\+\d+$/);
  const details = row.locator("details");
  const more = details.locator("summary");
  await expect(more).toHaveText(/^\+(\d+) more/);
  const hidden = details.locator("li");
  await expect(hidden.first()).toBeHidden();
  expect(await hidden.count()).toBe(Number((await more.textContent())!.match(/\+(\d+)/)![1]));

  await row.getByRole("link").first().focus();
  await page.keyboard.press("Tab");
  await expect(more).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(details).toHaveAttribute("open", "");
  await expect(hidden.first()).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(details).not.toHaveAttribute("open");
});

test("the Showing line names the tabs and the score range, which applies within them; Clear filters shows all again", async ({ page }) => {
  await page.goto(`${base}/bots`);
  const all = await shownTotal(page);
  await expect(showing(page)).toHaveText(`Showing: all accounts — ${all.toLocaleString("en-US")} accounts`);
  await expect(page.getByRole("link", { name: "Clear filters" })).toHaveCount(0);

  await page.getByRole("navigation", { name: "Label" }).getByRole("link", { name: "Likely bot" }).click();
  await expect(page).toHaveURL(/label=likely-bot/);
  await expect(page.getByText("Applies within the chosen tabs: likely bots.")).toBeVisible();
  const bots = await shownTotal(page);

  // From the keyboard: the range is typed and submitted with Enter, within the chosen tab.
  const min = page.getByLabel("Min score");
  await min.focus();
  await min.fill("90");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/label=likely-bot/);
  await expect(page).toHaveURL(/min=90/);
  await expect(showing(page)).toContainText(/^Showing: likely bots · score 90–100 — [\d,]+ accounts? · Clear filters$/);
  const ranged = await shownTotal(page);
  expect(ranged).toBeLessThanOrEqual(bots);
  const rows = page.locator("tbody tr");
  if (ranged > 0) {
    const scores = await rows.locator("td:nth-child(3) span.font-semibold").allTextContents();
    expect(scores.length).toBe(Math.min(ranged, 50));
    expect(scores.every((s) => Number(s) >= 90)).toBe(true);
    expect((await rows.locator("td:nth-child(3)").allTextContents()).every((t) => t.includes("Likely bot"))).toBe(true);
  }

  // A confidence tab keeps the label and the range.
  await page.getByRole("navigation", { name: "Confidence" }).getByRole("link", { name: "High" }).click();
  await expect(showing(page)).toContainText(/^Showing: likely bots · confidence high · score 90–100 — /);

  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(new RegExp(`${base}/bots$`));
  await expect(showing(page)).toHaveText(`Showing: all accounts — ${all.toLocaleString("en-US")} accounts`);
});

/** A TikTok export as it really comes: handles and follow dates, no profile; 12 auto-named accounts within 6 minutes. */
function handlesOnlyExport() {
  const day = (d: number, minutes = 0) => new Date(Date.UTC(2026, 0, 1) + d * 86_400_000 + minutes * 60_000).toISOString().slice(0, 19).replace("T", " ");
  const names = ["anna", "ben", "chloe", "diego", "emma", "finn", "grace", "hugo", "ines", "jack"];
  const organic = Array.from({ length: 60 }, (_, i) => ({ Date: day(i, (i % 5) * 97), UserName: `${names[i % 10]}.${names[(i * 3) % 10]}${i}` }));
  const delivery = Array.from({ length: 12 }, (_, i) => ({ Date: day(30, 600 + i / 2), UserName: `user${7300000000 + i * 104729}` }));
  return { "Profile And Settings": { Follower: { FansList: [...organic, ...delivery] }, Following: { Following: [{ Date: day(5), UserName: "anna.anna0" }] } } };
}

test.describe("an account imported with handles and follow dates only", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("every follower gets a low-confidence score and the pages say plainly what is not known", async ({ page }) => {
    test.setTimeout(120_000);
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "followlens-e2e-bots-")), "user_data_tiktok.json");
    writeFileSync(file, JSON.stringify(handlesOnlyExport()));
    await signUpWithHandle(page, "handles", "handles.only");
    await page.getByRole("link", { name: "Import your data" }).click();
    await page.getByLabel("Choose a file").setInputFiles(file);
    await expect(page.getByRole("region", { name: "Preview" })).toBeVisible({ timeout: 60_000 });
    await page.getByRole("button", { name: "Apply this snapshot" }).click();
    await expect(page.getByText(/^Applied as the snapshot of/)).toBeVisible({ timeout: 60_000 });

    // Applying queues a rescoring; the note appears once it has run.
    const note = page.getByRole("note").filter({ hasText: "All of your followers have only a handle and a follow date" });
    await expect(async () => {
      await page.goto("/dashboard/handles.only/bots");
      await expect(note).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 60_000 });
    await expect(note).toContainText("low confidence");
    // The note sits in the summary, which says the same in numbers.
    const summary = page.getByRole("region", { name: "Summary" });
    await expect(summary.getByRole("note")).toContainText("only a handle and a follow date");
    await expect(summary.getByRole("link", { name: /^low 72 \(100%\)$/ })).toBeVisible();
    await expect(showing(page)).toHaveText("Showing: all accounts — 72 accounts");
    expect((await page.locator("tbody tr td:nth-child(4)").allTextContents()).every((t) => t.trim() === "Low")).toBe(true);

    await page.goto("/dashboard/handles.only/bots?label=suspicious");
    const flagged = page.locator("tbody tr");
    await expect(flagged).toHaveCount(12);
    await expect(flagged.first()).toContainText(/one of 12 look-alike accounts that followed within \d+ minutes/);
    await expect(flagged.first()).toContainText("auto-assigned user+digits name");
    await page.goto("/dashboard/handles.only/bots?confidence=high");
    await expect(page.getByText("No account matches these filters.")).toBeVisible();

    await page.goto("/dashboard/handles.only");
    const quality = page.getByRole("region", { name: "Audience quality" });
    await expect(quality.getByRole("note")).toContainText("All of your followers have only a handle and a follow date");
    await expect(quality.getByText("Confidence: low")).toBeVisible();
  });
});

test("an account's page shows its bot-likeness with every reason", async ({ page }) => {
  await page.goto(`${base}/bots?label=likely-bot`);
  const link = page.locator("tbody tr").first().getByRole("link").first();
  const handle = (await link.textContent())!;
  await link.click();
  await expect(page.getByRole("heading", { name: handle })).toBeVisible();
  const card = page.getByRole("region", { name: "Bot-likeness" });
  await expect(card.getByText("Likely bot")).toBeVisible();
  await expect(card.locator("li").first()).toContainText(/\+\d+/);
});
