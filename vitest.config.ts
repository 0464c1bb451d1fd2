import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // The data layer is marked server-only for Next; in tests it is plain Node.
  "server-only": path.resolve(import.meta.dirname, "test/empty-module.ts"),
};

// Database tests (*.db.test.ts) run twice: on in-memory PGlite and on PostgreSQL (TEST_DATABASE_URL).
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
          name: "integration-pglite",
          include: dbTests,
          environment: "node",
          env: { TEST_DB: "pglite" },
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
          env: { TEST_DB: "postgres" },
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
