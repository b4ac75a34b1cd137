import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.dirname(new URL(import.meta.url).pathname);
const shared = {
  resolve: {
    alias: {
      "@": root,
      // Server-only modules are imported by tests directly; the guard is for the Next bundler.
      "server-only": path.join(root, "lib/testing/server-only-stub.ts"),
    },
  },
};

// Database tests run once per dialect: the embedded SQLite and the machine's PostgreSQL.
export default defineConfig({
  ...shared,
  test: {
    projects: [
      {
        ...shared,
        // --expose-gc: the provider deadline tests force garbage collections during the wait (lib/ai/deadline.ts).
        test: {
          name: "unit",
          include: ["{lib,config}/**/*.unit.test.ts"],
          environment: "node",
          execArgv: ["--expose-gc"],
        },
      },
      {
        ...shared,
        test: {
          name: "sqlite",
          include: ["{lib,app}/**/*.db.test.ts"],
          setupFiles: ["lib/testing/database-setup.ts"],
          env: { TEST_DIALECT: "sqlite" },
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        ...shared,
        test: {
          name: "postgres",
          include: ["{lib,app}/**/*.db.test.ts"],
          setupFiles: ["lib/testing/database-setup.ts"],
          env: { TEST_DIALECT: "postgres" },
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
