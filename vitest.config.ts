import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // The data layer is marked server-only for Next; in tests it is plain Node.
  "server-only": path.resolve(import.meta.dirname, "test/empty-module.ts"),
};

// Database tests (*.db.test.ts) run twice: on the embedded PostgreSQL 18 that `npm start` runs, and on the machine's
// PostgreSQL server (TEST_DATABASE_URL, PostgreSQL 15 here).
const dbTests = ["lib/**/*.db.test.ts", "test/**/*.db.test.ts", "scripts/**/*.db.test.ts"];

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["lib/**/*.test.ts", "scripts/**/*.test.ts"], exclude: dbTests, environment: "node" },
      },
      {
        resolve: { alias },
        test: {
          name: "integration-embedded",
          include: dbTests,
          environment: "node",
          env: { TEST_DB: "embedded", FOLLOWLENS_JOB_POLL_SECONDS: "0.5" },
          globalSetup: ["test/embedded-server.setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration-postgres",
          include: dbTests,
          environment: "node",
          env: { TEST_DB: "postgres", FOLLOWLENS_JOB_POLL_SECONDS: "0.5" },
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
