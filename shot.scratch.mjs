import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
await page.goto("http://localhost:3500/signin");
await page.getByLabel("Email").fill(process.argv[2]); await page.getByLabel("Password").fill(process.argv[3]);
await page.getByRole("button", { name: /sign in/i }).click(); await page.waitForURL(/dashboard/);
for (const [i, p] of process.argv.slice(4).entries()) { await page.goto("http://localhost:3500" + p); await page.waitForTimeout(1500); await page.screenshot({ path: `/tmp/shot-${i}.png`, fullPage: false }); }
await browser.close();
