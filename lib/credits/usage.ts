import type { Hold, UsageStatus } from "@/lib/db";
import type { RunSql } from "./sql";

export const USAGE_EVENT = `INSERT INTO "UsageEvent" ("id", "userId", "holdId", "requestId", "kind", "model", "units", "credits", "status", "latencyMs", "groupId", "conversationId", "createdAt")`;
export const ROLLUP = `INSERT INTO "UsageHourly" ("userId", "hour", "model", "kind", "requests", "refunded", "credits")`;
export const ROLLUP_CONFLICT = `ON CONFLICT ("userId", "hour", "model", "kind") DO UPDATE SET "requests" = "UsageHourly"."requests" + 1,
  "refunded" = "UsageHourly"."refunded" + excluded."refunded", "credits" = "UsageHourly"."credits" + excluded."credits"`;

const HOUR_MS = 3_600_000;
/**
 * `UsageEvent.latencyMs` is a 32-bit integer: a hold swept weeks after its request crashed would not
 * fit (PostgreSQL refuses it and rolls the release back), so longer latencies are recorded as the cap.
 */
export const MAX_LATENCY_MS = 2_147_483_647;

export function startOfUtcHour(date: Date) {
  return new Date(Math.floor(date.getTime() / HOUR_MS) * HOUR_MS);
}

/**
 * Writes the usage event of a finished hold and bumps its hourly rollup (per user × UTC hour of the
 * request's start × model × kind), in the settle/release transaction, so Activity never scans raw events.
 */
export async function insertUsage(
  run: RunSql,
  hold: Hold,
  { id, status, credits, now }: { id: string; status: UsageStatus; credits: number; now: Date },
) {
  await run(`${USAGE_EVENT} VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`, [
    id,
    hold.userId,
    hold.id,
    hold.requestId,
    hold.kind,
    hold.model,
    hold.units,
    credits,
    status,
    Math.min(MAX_LATENCY_MS, Math.max(0, now.getTime() - hold.createdAt.getTime())),
    hold.groupId,
    hold.conversationId,
    hold.createdAt,
  ]);
  await run(`${ROLLUP} VALUES ($1, $2, $3, $4, 1, $5, $6) ${ROLLUP_CONFLICT}`, [
    hold.userId,
    startOfUtcHour(hold.createdAt),
    hold.model,
    hold.kind,
    status === "FAILED_REFUNDED" ? 1 : 0,
    credits,
  ]);
}
