import "server-only";
import { db, Prisma, type UsageKind } from "@/lib/db";

export interface UsageCell {
  /** Which group the rows fell in: the number of `edges` at or before their time. */
  group: number;
  model: string;
  kind: UsageKind;
  requests: number;
  refunded: number;
  credits: number;
}

export interface GroupedUsageQuery {
  /** Hourly rollups (what pages read) or raw usage events (edge corrections, rebuilds, the benchmark's baseline). */
  source: "rollups" | "events";
  userId: string;
  /** Disjoint half-open time windows [start, end) to read. */
  windows: { start: Date; end: Date }[];
  /** Ascending instants that split the rows into groups 0…edges.length. */
  edges: Date[];
  model?: string;
  kind?: UsageKind;
}

// The one place the table and column names differ between the two sources.
const SOURCES = {
  rollups: {
    table: Prisma.raw(`"UsageHourly"`),
    time: Prisma.raw(`"hour"`),
    totals: Prisma.raw(`SUM("requests") AS "requests", SUM("refunded") AS "refunded", SUM("credits") AS "credits"`),
  },
  events: {
    table: Prisma.raw(`"UsageEvent"`),
    time: Prisma.raw(`"createdAt"`),
    totals: Prisma.raw(
      `COUNT(*) AS "requests", SUM(CASE WHEN "status" = 'FAILED_REFUNDED' THEN 1 ELSE 0 END) AS "refunded", SUM("credits") AS "credits"`,
    ),
  },
} as const;

/**
 * The number of edges at or before `time`, as a balanced tree of CASEs: log2(edges) comparisons per
 * row instead of one per edge (a 90-day range has 89 edges).
 */
function groupIndex(time: Prisma.Sql, edges: Date[], low: number, high: number): Prisma.Sql {
  if (low === high) return Prisma.raw(String(low));
  const middle = (low + high) >> 1;
  return Prisma.sql`CASE WHEN ${time} < ${edges[middle]} THEN ${groupIndex(time, edges, low, middle)} ELSE ${groupIndex(time, edges, middle + 1, high)} END`;
}

/**
 * Requests, refunds and credits per group × model × kind, summed by the database in one GROUP BY.
 * Groups come from a CASE over the edges (e.g. local midnights), so a 90-day range returns at most
 * 90 × models × kinds rows instead of every hour. Plain SQL that runs unchanged on SQLite and
 * PostgreSQL: Date parameters are bound by each adapter in the format it stores, so comparisons hold.
 */
export async function groupedUsage({
  source,
  userId,
  windows,
  edges,
  model,
  kind,
}: GroupedUsageQuery): Promise<UsageCell[]> {
  const { table, time, totals } = SOURCES[source];
  const open = windows.filter((window) => window.start < window.end);
  if (open.length === 0) return [];
  const group = groupIndex(time, edges, 0, edges.length);
  const within = Prisma.join(
    open.map((window) => Prisma.sql`(${time} >= ${window.start} AND ${time} < ${window.end})`),
    " OR ",
  );
  const rows = await db().$queryRaw<Record<keyof UsageCell, number | bigint | string>[]>`
    SELECT ${group} AS "group", "model", "kind", ${totals}
    FROM ${table}
    WHERE "userId" = ${userId} AND (${within})
      ${model ? Prisma.sql`AND "model" = ${model}` : Prisma.empty}
      ${kind ? Prisma.sql`AND "kind" = ${kind}` : Prisma.empty}
    GROUP BY 1, 2, 3`;
  return rows.map((row) => ({
    group: Number(row.group),
    model: String(row.model),
    kind: row.kind as UsageKind,
    requests: Number(row.requests),
    refunded: Number(row.refunded),
    credits: Number(row.credits),
  }));
}
