import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { tiktokExportChunks, writeTikTokExportZip } from "../scripts/bench/tiktok-export";
import { signUpWithHandle } from "./helpers";

const dir = mkdtempSync(path.join(os.tmpdir(), "followlens-e2e-imports-"));

/** A fresh creator with one empty handle, on its imports page. */
async function newCreatorWithHandle(page: Page, handle: string) {
  await signUpWithHandle(page, "importer", handle);
  await expect(page.getByText(`No data for @${handle} yet`)).toBeVisible();
  await page.getByRole("link", { name: "Import your data" }).click();
  await expect(page.getByRole("heading", { name: "Imports" })).toBeVisible();
}

test("a creator uploads TikTok's zip, checks the preview, applies it with a progress bar and sees the overview", async ({ page }) => {
  const zip = path.join(dir, "tiktok-export.zip");
  await writeTikTokExportZip(zip, { followers: 60_000, following: 800, seed: 7, mtime: new Date("2026-02-01T08:00:00Z") });
  await newCreatorWithHandle(page, "zip.importer");
  await page.getByLabel("Choose a file").setInputFiles(zip);
  await expect(page).toHaveURL(/\/imports\/\d+$/, { timeout: 30_000 });
  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview).toBeVisible({ timeout: 60_000 });
  await expect(preview.getByText("TikTok JSON", { exact: false })).toBeVisible();
  await expect(preview.getByText("60,000", { exact: true })).toBeVisible();
  await expect(preview.getByText("+60,000")).toBeVisible();
  await expect(page.getByLabel("Snapshot time (UTC)")).toHaveValue("2026-02-01T08:00");
  await page.getByRole("button", { name: "Apply this snapshot" }).click();
  await expect(page.getByRole("progressbar", { name: "Applying the snapshot" })).toBeVisible();
  await expect(page.getByText("Applied as the snapshot of 1 Feb 2026, 08:00 UTC")).toBeVisible({ timeout: 90_000 });
  await page.getByRole("link", { name: "See the overview" }).click();
  await expect(page.getByRole("link", { name: /^Followers/ }).first()).toContainText("60,000");
  await page.goto("/dashboard/zip.importer/imports");
  await expect(page.getByRole("table").getByText("tiktok-export.zip")).toBeVisible();

  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Delete the snapshot of 1 Feb 2026, 08:00 UTC" }).click();
  await expect(page.getByText("No snapshots yet")).toBeVisible({ timeout: 90_000 });
  await page.goto("/dashboard/zip.importer");
  await expect(page.getByText("No data for @zip.importer yet")).toBeVisible();
});

test("a file over 10 MB arrives whole, and a discarded preview changes nothing", async ({ page }) => {
  const file = path.join(dir, "user_data_tiktok.json");
  writeFileSync(file, Buffer.concat([...tiktokExportChunks({ followers: 110_000, following: 10, seed: 3 })]));
  await newCreatorWithHandle(page, "big.json");
  await page.getByLabel("Choose a file").setInputFiles(file);
  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview).toBeVisible({ timeout: 60_000 });
  await expect(preview.getByText("110,000", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Discard" }).click();
  // On the embedded database the one connection may be busy with another test's import, rescoring and detection.
  await expect(page.getByText("Import discarded: nothing was changed.")).toBeVisible({ timeout: 60_000 });
  await page.goto("/dashboard/big.json");
  await expect(page.getByText("No data for @big.json yet")).toBeVisible();
});

test("the loose TXT files of one export, picked together, become one snapshot", async ({ page }) => {
  await newCreatorWithHandle(page, "txt.importer");
  await page.getByLabel("Choose a file").setInputFiles(["test/fixtures/exports/Follower.txt", "test/fixtures/exports/Following.txt"]);
  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview).toBeVisible({ timeout: 60_000 });
  await expect(preview.getByText(/^TikTok TXT/)).toBeVisible();
  // alice.m is listed twice (Alice.M): one follower, with a note in the preview
  await expect(preview.getByText("Followers in the file").locator("..")).toContainText("2");
  await expect(preview.getByText("Following in the file").locator("..")).toContainText("2");
  await page.getByRole("button", { name: "Apply this snapshot" }).click();
  await expect(page.getByText(/^Applied as the snapshot of/)).toBeVisible({ timeout: 60_000 });
});

test("a broken file gets a clear error and nothing is imported", async ({ page }) => {
  const file = path.join(dir, "user_data_tiktok.json");
  writeFileSync(file, '{"Profile And Settings": {"Follower": {"FansList": [{"Date": "2024-01-02 10:00:00", "UserName": "fan_a"}, {"Da');
  await newCreatorWithHandle(page, "broken.file");
  await page.getByLabel("Choose a file").setInputFiles(file);
  await expect(page.getByText("This file could not be imported. Nothing was changed.")).toBeVisible({ timeout: 60_000 });
  await page.goto("/dashboard/broken.file/imports");
  await expect(page.getByText("No snapshots yet")).toBeVisible();
});
