import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://localhost:${PORT}`;
const DATA_DIR = `e2e/.data/${PORT}`;

// Debian's Chromium (see lib/cli/find-chromium.mjs); Playwright never downloads a browser here.
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const launchOptions = {
  executablePath,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/playwright.json" }]],
  use: { baseURL, trace: "retain-on-failure", screenshot: "only-on-failure", launchOptions },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions } }],
  webServer: {
    // A fresh embedded database per run, migrated and seeded exactly as `npm start` does.
    command: `rm -rf ${DATA_DIR} && mkdir -p ${DATA_DIR} && npm run --silent db:deploy && npm run --silent db:seed && node lib/cli/serve.mjs -p ${PORT}`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "pipe",
    env: {
      DATABASE_URL: `file:./${DATA_DIR}/e2e.db`,
      NEXTAUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-0123456789",
      NEXTAUTH_URL: baseURL,
      TALLY_LOCAL_MODE: "1",
      // The whole suite signs up from one address; the per-address limit itself is tested in Vitest and below.
      TALLY_SIGNUPS_PER_HOUR: "100000",
      TALLY_LOCAL_AI_DELAY_MS: "2",
      // The council test needs a model that always fails; no spec expects an oracle answer to succeed.
      TALLY_FAULTS: "oracle:fail",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
