// `npm run bench:activity`: how fast Activity reads a heavy user's usage (npm run seed:heavy first), via the
// hourly rollups and via a GROUP BY over the raw events, and the time and peak memory of a full CSV export.
// Figures are printed, not asserted. See bench/README.md.
import { readFileSync } from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import { measureInChild } from "./child-process";
import { getBalance } from "@/lib/credits/queries";
import { db, isPostgresUrl } from "@/lib/db";
import { activityCsv } from "@/lib/activity/export";
import { groupedUsage } from "@/lib/activity/grouped-usage";
import { HEAVY_ACCOUNT } from "@/lib/activity/heavy-account";
import { getActivityUsage, getRecentRequests } from "@/lib/activity/queries";
import { localDay, resolveRange, type ActivityRange } from "@/lib/activity/range";

const { values: options } = parseArgs({
  options: {
    runs: { type: "string", default: "40" },
    "raw-runs": { type: "string", default: "7" },
    /** Internal: run one export ("all" or "7d") in this process and report to the parent. */
    "export-child": { type: "string" },
    "skip-export": { type: "boolean", default: false },
  },
});

const MB = 1024 * 1024;
const count = (value: number) => value.toLocaleString("en-US");
const ms = (value: number) => `${value.toFixed(1)} ms`;

function percentile(samples: number[], p: number) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Wall-clock percentiles, and the median CPU time this process spent (all of it on SQLite, the client's share on PostgreSQL). */
async function timed(runs: number, work: () => Promise<unknown>) {
  await work(); // warm-up: connection, statement caches
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const [started, startedCpu] = [performance.now(), cpuMs()];
    await work();
    samples.push(performance.now() - started);
    cpu.push(cpuMs() - startedCpu);
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), cpu: percentile(cpu, 50) };
}

/** How much of the time runnable processes waited for a CPU (Linux PSI), to judge how noisy the figures are. */
function cpuPressure() {
  try {
    return `${readFileSync("/proc/pressure/cpu", "utf8").match(/avg60=([\d.]+)/)?.[1]}%`;
  } catch {
    return "n/a";
  }
}

async function heavyUser() {
  const user = await db().user.findUnique({
    where: { email: HEAVY_ACCOUNT.email },
    select: { id: true, timeZone: true },
  });
  if (!user)
    throw new Error(`No ${HEAVY_ACCOUNT.email} in this database: run npm run seed:heavy first (same DATABASE_URL).`);
  return user;
}

/** A custom range over every day that has events, so the export covers all of them. */
async function wholeHistory(userId: string, timeZone: string): Promise<ActivityRange> {
  const first = await db().usageEvent.findFirst({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true },
  });
  const now = new Date();
  return resolveRange({
    filters: { range: "custom", from: localDay(first?.createdAt ?? now, timeZone), to: localDay(now, timeZone) },
    timeZone,
    now,
  });
}

/** Runs in a fresh process, so its peak RSS is the export's alone (plus the runtime it needs). */
async function exportChild(what: string) {
  const user = await heavyUser();
  const range =
    what === "7d"
      ? resolveRange({ filters: { range: "7d" }, timeZone: user.timeZone, now: new Date() })
      : await wholeHistory(user.id, user.timeZone);
  const baseline = process.memoryUsage().rss;
  const [started, startedCpu] = [performance.now(), cpuMs()];
  const reader = activityCsv({ userId: user.id, range }).getReader();
  let bytes = 0;
  let lines = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    for (let i = value.indexOf(10); i !== -1; i = value.indexOf(10, i + 1)) lines += 1;
  }
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = (cpuMs() - startedCpu) / 1000;
  process.send?.({
    rows: lines - 1,
    bytes,
    seconds,
    cpuSeconds,
    baselineRss: baseline,
    peakRss: process.resourceUsage().maxRSS * 1024,
  });
}

async function main() {
  const url = process.env.DATABASE_URL ?? "file:./prisma/dev.db";
  const user = await heavyUser();
  const events = await db().usageEvent.count({ where: { userId: user.id } });
  const runs = Number(options.runs);
  const rawRuns = Number(options["raw-runs"]);
  console.log(
    `Activity benchmark · ${isPostgresUrl(url) ? "PostgreSQL" : "SQLite"} · ${count(events)} events for ${HEAVY_ACCOUNT.email} (${user.timeZone})`,
  );
  console.log(
    `Node ${process.version} · ${os.cpus().length} CPUs · load average ${os
      .loadavg()
      .map((load) => load.toFixed(1))
      .join(" ")} · ` + `CPU pressure ${cpuPressure()} (share of the last minute that runnable work waited for a CPU)`,
  );
  console.log(`p50/p95 over ${runs} runs via rollups, ${rawRuns} runs via raw events (after one warm-up run each)\n`);

  const rows: string[][] = [
    [
      "range",
      "rollups p50",
      "rollups p95",
      "(CPU p50)",
      "raw events p50",
      "raw events p95",
      "(CPU p50)",
      "raw ÷ rollups p50",
      "p95",
    ],
  ];
  for (const preset of ["7d", "30d", "90d"] as const) {
    const range = resolveRange({ filters: { range: preset }, timeZone: user.timeZone, now: new Date() });
    const rollups = await timed(runs, () => getActivityUsage({ userId: user.id, range }));
    // The same question answered the naive way: one GROUP BY over every raw event in the range.
    const raw = await timed(rawRuns, () =>
      groupedUsage({
        source: "events",
        userId: user.id,
        windows: [{ start: range.boundaries[0]!, end: range.boundaries.at(-1)! }],
        edges: range.boundaries.slice(1, -1),
      }),
    );
    rows.push([
      preset,
      ms(rollups.p50),
      ms(rollups.p95),
      ms(rollups.cpu),
      ms(raw.p50),
      ms(raw.p95),
      ms(raw.cpu),
      `${(raw.p50 / rollups.p50).toFixed(0)}×`,
      `${(raw.p95 / rollups.p95).toFixed(0)}×`,
    ]);
  }
  const range30 = resolveRange({ filters: { range: "30d" }, timeZone: user.timeZone, now: new Date() });
  const page = await timed(runs, () =>
    Promise.all([
      getActivityUsage({ userId: user.id, range: range30 }),
      getRecentRequests({ userId: user.id, range: range30 }),
      getBalance({ userId: user.id }),
    ]),
  );
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const row of rows)
    console.log(
      row
        .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
        .join("   "),
    );
  console.log(
    `\nWhole 30-day page data (summary + charts + tables, first page of requests, balance): p50 ${ms(page.p50)}, p95 ${ms(page.p95)}`,
  );

  if (options["skip-export"]) return;
  console.log("");
  // A small export next to the full one, and the full one again inside a 64 MB JavaScript heap: if
  // memory grew with the rows, the peaks would differ and the capped run would crash.
  const exports = [
    { what: "7d", label: "the last 7 days", flags: [] },
    { what: "all", label: "the whole history", flags: [] },
    { what: "all", label: "the whole history, V8 heap capped at 64 MB", flags: ["--max-old-space-size=64"] },
  ];
  for (const { what, label, flags } of exports) {
    const result = await measureInChild<ExportResult>(["--export-child", what], flags);
    console.log(
      `CSV export of ${label}: ${count(result.rows)} rows, ${(result.bytes / MB).toFixed(1)} MB in ${result.seconds.toFixed(1)} s ` +
        `(CPU ${result.cpuSeconds.toFixed(1)} s); peak RSS ${(result.peakRss / MB).toFixed(0)} MB, of which ${(result.baselineRss / MB).toFixed(0)} MB ` +
        `before the export started`,
    );
  }
}

interface ExportResult {
  rows: number;
  bytes: number;
  seconds: number;
  cpuSeconds: number;
  baselineRss: number;
  peakRss: number;
}

try {
  if (options["export-child"]) await exportChild(options["export-child"]);
  else await main();
} finally {
  await db().$disconnect();
}
