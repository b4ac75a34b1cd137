import { tzScan } from "@date-fns/tz";
import { beforeAll, describe, expect, it } from "vitest";
import { makeUser } from "@/lib/testing/factories";
import type { UsageKind } from "@/lib/db";
import { groupedUsage } from "./grouped-usage";
import { getActivityUsage } from "./queries";
import { seededRandom } from "@/lib/testing/random";
import { resolveRange, type ActivityRange } from "./range";
import { expectedUsage, fundUser, intlDay, makeUsage, plusDays, randomInstants } from "@/lib/testing/usage";
import type { ActivityUsage, Totals } from "./usage";

const DAY_MS = 86_400_000;

// Whole-hour zones with DST (23- and 25-hour days), zones offset by :30 and :45 (local midnight cuts
// a UTC hour), and Lord Howe, whose DST shift is only 30 minutes.
const ZONES = [
  "UTC",
  "Europe/Berlin",
  "America/New_York",
  "Asia/Kolkata",
  "Asia/Kathmandu",
  "Australia/Lord_Howe",
  "Pacific/Chatham",
];

// Each "now" has the spring or autumn changes of every zone above within its last 90 days.
const SCENARIOS = [
  {
    name: "spring",
    now: new Date("2026-04-08T03:00:00Z"),
    custom: [
      ["2026-03-07", "2026-03-09"],
      ["2026-03-29", "2026-03-29"],
      ["2026-04-04", "2026-04-06"],
    ],
  },
  {
    name: "autumn",
    now: new Date("2026-11-03T09:30:00Z"),
    custom: [
      ["2026-09-26", "2026-10-05"],
      ["2026-10-25", "2026-10-25"],
      ["2026-10-31", "2026-11-02"],
    ],
  },
] as const;

const FILTERS: { model?: string; kind?: UsageKind }[] = [
  {},
  { model: "sage" },
  { kind: "IMAGE" },
  { model: "swift", kind: "COUNCIL" },
];

type Range = { range: "24h" | "7d" | "30d" | "90d" } | { range: "custom"; from: string; to: string };

function rangesOf(scenario: (typeof SCENARIOS)[number]): Range[] {
  return [
    { range: "24h" },
    { range: "7d" },
    { range: "30d" },
    { range: "90d" },
    ...scenario.custom.map(([from, to]) => ({ range: "custom" as const, from, to })),
  ];
}

/**
 * Instants where bucketing can go wrong: just before, at and after range starts and local midnights
 * (which cut UTC hours in :30/:45 zones), and at each daylight-saving change, in every zone.
 */
function edgeInstants(now: Date, seed: number) {
  const next = seededRandom(seed);
  const instants: Date[] = [];
  for (const timeZone of ZONES) {
    for (const preset of ["7d", "30d", "90d"] as const) {
      const { boundaries } = resolveRange({ filters: { range: preset }, timeZone, now });
      const picked = [boundaries[0]!, boundaries[1 + Math.floor(next() * (boundaries.length - 2))]!];
      for (const boundary of picked)
        for (const offset of [-1, 0, 17 * 60_000]) instants.push(new Date(boundary.getTime() + offset));
    }
    for (const change of tzScan(timeZone, { start: new Date(now.getTime() - 100 * DAY_MS), end: now })) {
      for (const offset of [-1, 0, 1]) instants.push(new Date(change.date.getTime() + offset));
    }
  }
  return instants;
}

/** Totals with the all-zero entries left out, so rollup sums and raw counts compare directly. */
function nonZero(record: Record<string, Totals>) {
  return Object.fromEntries(
    Object.entries(record)
      .filter(([, totals]) => totals.requests !== 0 || totals.refunded !== 0 || totals.credits !== 0)
      .map(([key, { requests, refunded, credits }]) => [key, { requests, refunded, credits }]),
  );
}

function shape(usage: ActivityUsage) {
  return {
    totals: usage.totals,
    byModel: nonZero(Object.fromEntries(usage.byModel.map(({ model, ...totals }) => [model, totals]))),
    byKind: nonZero(Object.fromEntries(usage.byKind.map(({ kind, ...totals }) => [kind, totals]))),
    buckets: usage.buckets.map(({ requests, refunded, credits, byModel }) => ({
      requests,
      refunded,
      credits,
      byModel: nonZero(byModel),
    })),
  };
}

/** The range's days, checked without the code under test: each boundary is the local midnight that starts its day. */
function expectCalendarDays(range: ActivityRange, filters: Range, now: Date) {
  const days = { "7d": 7, "30d": 30, "90d": 90 } as const;
  if (filters.range === "24h") {
    expect(range.boundaries).toHaveLength(25);
    expect(
      range.boundaries.every(
        (boundary, i) => i === 0 || boundary.getTime() - range.boundaries[i - 1]!.getTime() === 3_600_000,
      ),
    ).toBe(true);
    return;
  }
  const lastDay = filters.range === "custom" ? filters.to : intlDay(now, range.timeZone);
  const firstDay = filters.range === "custom" ? filters.from : plusDays(lastDay, 1 - days[filters.range]);
  expect([range.firstDay, range.lastDay]).toEqual([firstDay, lastDay]);
  range.boundaries.forEach((boundary, i) => {
    expect(intlDay(boundary, range.timeZone)).toBe(plusDays(firstDay, i));
    expect(intlDay(new Date(boundary.getTime() - 1), range.timeZone)).toBe(plusDays(firstDay, i - 1));
  });
}

describe.each(SCENARIOS)("Activity totals on random usage ($name)", (scenario) => {
  const { now } = scenario;
  let userId = "";
  beforeAll(async () => {
    const user = await makeUser({ now: new Date(now.getTime() - 120 * DAY_MS) });
    const neighbour = await makeUser({ now: new Date(now.getTime() - 120 * DAY_MS) });
    await fundUser(user.id, user.createdAt);
    await fundUser(neighbour.id, neighbour.createdAt);
    const seed = scenario.name === "spring" ? 11 : 22;
    const random = randomInstants({ from: new Date(now.getTime() - 100 * DAY_MS), to: now, count: 120, seed });
    await makeUsage({ userId: user.id, instants: [...random, ...edgeInstants(now, seed)], seed });
    // Someone else's requests in the same hours must never show up.
    await makeUsage({
      userId: neighbour.id,
      instants: randomInstants({ from: new Date(now.getTime() - 100 * DAY_MS), to: now, count: 40, seed: seed + 1 }),
      seed: seed + 1,
    });
    userId = user.id;
  });

  describe.each(ZONES)("in %s", (timeZone) => {
    it.each(
      rangesOf(scenario).map(
        (filters) =>
          [filters.range === "custom" ? `custom ${filters.from}…${filters.to}` : filters.range, filters] as const,
      ),
    )("%s: by range, model and kind, rollups equal a computation over raw events", async (_, filters) => {
      const range = resolveRange({ filters, timeZone, now });
      expectCalendarDays(range, filters, now);
      for (const filter of FILTERS) {
        const usage = await getActivityUsage({ userId, range, ...filter });
        expect(shape(usage), JSON.stringify(filter)).toEqual(await expectedUsage({ userId, range, ...filter }));
      }
    });

    it("the same GROUP BY over raw events agrees with the rollups", async () => {
      const range = resolveRange({ filters: { range: "90d" }, timeZone, now });
      const raw = await groupedUsage({
        source: "events",
        userId,
        windows: [{ start: range.boundaries[0]!, end: range.boundaries.at(-1)! }],
        edges: range.boundaries.slice(1, -1),
      });
      const byBucket = (rows: { requests: number; refunded: number; credits: number }[]) =>
        rows.reduce(
          (sum, row) => ({
            requests: sum.requests + row.requests,
            refunded: sum.refunded + row.refunded,
            credits: sum.credits + row.credits,
          }),
          { requests: 0, refunded: 0, credits: 0 },
        );
      const usage = await getActivityUsage({ userId, range });
      usage.buckets.forEach((bucket, i) => {
        expect(byBucket(raw.filter((row) => row.group === i))).toEqual({
          requests: bucket.requests,
          refunded: bucket.refunded,
          credits: bucket.credits,
        });
      });
      expect(usage.totals.refunded).toBeGreaterThan(0);
    });
  });
});
