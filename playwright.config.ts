import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";

// Debian's chromium where installed (Playwright's own browser download cannot work here); CHROMIUM_PATH overrides.
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const launchOptions = {
  executablePath,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
};

// The same tests run against two servers: the embedded PostgreSQL 18 (npm-shipped) and the machine's PostgreSQL.
// E2E_PORT_BASE moves the servers (and the scale-out spec's) so that two checkouts can run the suite at once.
const base = Number(process.env.E2E_PORT_BASE ?? 3101);
const databases = [
  { name: "embedded", port: base },
  { name: "postgres", port: base + 1 },
].filter((d) => !process.env.E2E_DB || process.env.E2E_DB === d.name);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: { launchOptions, trace: "retain-on-failure", screenshot: "only-on-failure" },
  projects: databases.flatMap((d) => [
    { name: `setup-${d.name}`, testMatch: /auth\.setup\.ts/, use: { baseURL: `http://localhost:${d.port}` } },
    {
      name: d.name,
      testMatch: /.*\.spec\.ts/,
      dependencies: [`setup-${d.name}`],
      use: { baseURL: `http://localhost:${d.port}` },
    },
  ]),
  webServer: databases.map((d) => ({
    command: `npx tsx --conditions=react-server e2e/serve.ts --db ${d.name} --port ${d.port}`,
    url: `http://localhost:${d.port}/signin`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
  })),
});
