// `npm test`: formatting (Prettier), lint, type-check, Vitest (unit + SQLite + PostgreSQL) and Playwright, then one totals line.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { findChromium } from "./find-chromium.mjs";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const results = [];
const sh = (command, args) => spawnSync(command, args, { stdio: "inherit", env }).status === 0;

function check(name, command, args) {
  const ok = sh(command, args);
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
}

function suite(name, reportFile, command, args, count) {
  rmSync(reportFile, { force: true });
  const ok = sh(command, args);
  const counts = existsSync(reportFile)
    ? count(JSON.parse(readFileSync(reportFile, "utf8")))
    : { passed: 0, failed: 0 };
  // A run that crashed before reporting (or failed outside any test) still counts as a failure.
  if (!ok && counts.failed === 0) counts.failed = 1;
  results.push({ name, ...counts });
}

mkdirSync("test-results", { recursive: true });
check("format", "npx", ["prettier", "--check", "."]);
check("lint", "npx", ["eslint", "."]);
check("typecheck", "npx", ["tsc", "--noEmit"]);
suite(
  "vitest",
  "test-results/vitest.json",
  "npx",
  ["vitest", "run", "--reporter=default", "--reporter=json", "--outputFile=test-results/vitest.json"],
  (report) => ({
    passed: report.numPassedTests,
    failed: report.numFailedTests,
  }),
);

let chromium;
try {
  chromium = findChromium();
} catch (error) {
  console.error(`\n${error.message}\n`);
  results.push({ name: "playwright", passed: 0, failed: 1 });
}
if (chromium) {
  env.CHROMIUM_PATH = chromium;
  check("next build", "npx", ["next", "build"]);
  suite("playwright", "test-results/playwright.json", "npx", ["playwright", "test"], (report) => ({
    passed: report.stats.expected,
    failed: report.stats.unexpected + report.stats.flaky,
  }));
  // Real app servers under load: two instances on PostgreSQL, one on SQLite, and a SIGKILL mid-request.
  suite(
    "load",
    "test-results/load.json",
    "npx",
    ["tsx", "--conditions=react-server", "bench/load.ts"],
    (report) => report,
  );
}

console.log("");
for (const { name, passed, failed } of results) console.log(`${name.padEnd(12)} ${passed} passed, ${failed} failed`);
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
