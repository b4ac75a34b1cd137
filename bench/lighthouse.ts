// `npm run bench:lighthouse [-- --runs 3 --skip-build]`: Lighthouse scores of the signed-in pages on a production build.
// Builds the app (unless --skip-build reuses the last build), serves it on a free loopback port over a fresh SQLite
// database with the demo account (40 days of usage) and a few conversations, signs in, then runs Lighthouse on each
// page with the default (mobile) and desktop configs, `--runs` times each. Prints the median of each figure, and the
// audits that did not pass. The median run's reports go to test-results/lighthouse/ (HTML and JSON).
import { execFileSync, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { launch, type LaunchedChrome } from "chrome-launcher";
import lighthouse, { desktopConfig, type Config, type Result } from "lighthouse";
import { DEMO_ACCOUNT } from "@/lib/demo";
import { createTestDatabase } from "@/lib/testing/database";
import { chat, freePort, serverUrl, signIn, startServer, stopServer } from "./app-server";

const PAGES = ["/settings/activity", "/chat"];
const PRESETS: { name: string; config?: Config }[] = [{ name: "mobile" }, { name: "desktop", config: desktopConfig }];
const CATEGORIES = ["performance", "accessibility", "best-practices"];
const METRICS = [
  { id: "first-contentful-paint", label: "FCP", unit: "ms" },
  { id: "largest-contentful-paint", label: "LCP", unit: "ms" },
  { id: "total-blocking-time", label: "TBT", unit: "ms" },
  { id: "cumulative-layout-shift", label: "CLS", unit: "" },
] as const;
const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const PROMPTS = ["Plan a three-day trip to Lisbon", "Explain how credit holds work", "Write a haiku about invoices"];
const REPORT_DIR = "test-results/lighthouse";

const { values: args } = parseArgs({
  options: { runs: { type: "string", default: "3" }, "skip-build": { type: "boolean", default: false } },
});
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number ≥ 1, not ${args.runs}`);
const env = {
  NEXTAUTH_SECRET: "lighthouse-secret-lighthouse-secret-0123456789",
  TALLY_LOCAL_MODE: "1",
  TALLY_LOCAL_AI_DELAY_MS: "0",
  NEXT_TELEMETRY_DISABLED: "1",
};
const started = performance.now();

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Audits of the measured categories that count towards a score and did not fully pass. */
function failingAudits(result: Result) {
  return CATEGORIES.flatMap((category) =>
    result.categories[category]!.auditRefs.filter(
      (ref) => ref.weight > 0 && (result.audits[ref.id]?.score ?? 1) < 0.9,
    ).map((ref) => ({ audit: `${category}: ${ref.id}`, score: result.audits[ref.id]!.score! })),
  );
}

if (!args["skip-build"])
  execFileSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });

const database = await createTestDatabase("sqlite");
let server: ChildProcess | undefined;
let chrome: LaunchedChrome | undefined;
const rows: string[] = [];
const failures: string[] = [];
let versions = "";
try {
  process.env.DATABASE_URL = database.url;
  const { seedDemo } = await import("@/lib/cli/seed-demo");
  await seedDemo();
  const { db } = await import("@/lib/db");
  await db().$disconnect();

  const port = await freePort();
  server = await startServer(port, { ...env, DATABASE_URL: database.url });
  chrome = await launch({ chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", chromeFlags: CHROME_FLAGS });
  const baseUrl = serverUrl(port);
  const cookie = await signIn(baseUrl, DEMO_ACCOUNT.email, DEMO_ACCOUNT.password);
  // A few conversations, so the chat page lists some, as it does for anyone who has used it.
  for (const prompt of PROMPTS) await chat(baseUrl, cookie, "swift", prompt);
  // The first request to each page loads its server code; measure warm pages.
  for (const page of PAGES) await fetch(baseUrl + page, { headers: { cookie } });

  mkdirSync(REPORT_DIR, { recursive: true });
  for (const page of PAGES) {
    for (const preset of PRESETS) {
      const results: { lhr: Result; html: string }[] = [];
      for (let run = 0; run < runs; run += 1) {
        const result = await lighthouse(
          baseUrl + page,
          {
            port: chrome.port,
            logLevel: "error",
            output: "html",
            onlyCategories: CATEGORIES,
            extraHeaders: { Cookie: cookie },
          },
          preset.config,
        );
        if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
        if (result.lhr.runtimeError) throw new Error(`${page}: ${result.lhr.runtimeError.message}`);
        results.push({ lhr: result.lhr, html: result.report as string });
        versions = `Lighthouse ${result.lhr.lighthouseVersion}, ${result.lhr.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0]}`;
      }
      const score = (category: string) =>
        Math.round(median(results.map(({ lhr }) => lhr.categories[category]!.score! * 100)));
      const metric = (id: string) => median(results.map(({ lhr }) => lhr.audits[id]!.numericValue!));
      rows.push(
        [
          page,
          preset.name,
          ...CATEGORIES.map(score),
          ...METRICS.map(({ id, unit }) =>
            unit ? `${Math.round(metric(id)).toLocaleString("en")} ms` : metric(id).toFixed(3),
          ),
          Math.round(median(results.map(({ lhr }) => lhr.environment.benchmarkIndex))),
        ].join(" | "),
      );
      // Each audit that fell short in any run, with its lowest score and in how many runs.
      const shortfalls = new Map<string, number[]>();
      for (const { lhr } of results)
        for (const { audit, score } of failingAudits(lhr))
          shortfalls.set(audit, [...(shortfalls.get(audit) ?? []), score]);
      for (const [audit, scores] of shortfalls)
        failures.push(
          `${page} ${preset.name}: ${audit} (score ${Math.min(...scores)}) in ${scores.length}/${runs} runs`,
        );

      const medianRun = [...results].sort(
        (a, b) => a.lhr.categories.performance!.score! - b.lhr.categories.performance!.score!,
      )[Math.floor(runs / 2)]!;
      const file = `${REPORT_DIR}/${page.replaceAll("/", "_").slice(1)}-${preset.name}`;
      writeFileSync(`${file}.html`, medianRun.html);
      writeFileSync(`${file}.json`, JSON.stringify(medianRun.lhr));
      console.log(`${page} ${preset.name}: ${runs} runs done (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    }
  }
} finally {
  chrome?.kill();
  if (server) stopServer(server);
  await database.drop();
}

console.log(`\n${versions}, median of ${runs} runs; reports of the median runs in ${REPORT_DIR}/\n`);
console.log(
  `| page | preset | ${CATEGORIES.join(" | ")} | ${METRICS.map((m) => m.label).join(" | ")} | benchmark index |`,
);
console.log(`|---|---|${"---:|".repeat(CATEGORIES.length + METRICS.length + 1)}`);
for (const row of rows) console.log(`| ${row} |`);
console.log(
  failures.length
    ? `\nNot passing (score < 0.9):\n${failures.map((f) => `  ${f}`).join("\n")}`
    : "\nEvery scored audit passes.",
);
console.log(`\nbench:lighthouse took ${((performance.now() - started) / 1000).toFixed(0)} s`);
