import type { Tx } from "@/lib/db";

export function allowanceGrantKey(periodStart: Date) {
  return `allowance:${periodStart.toISOString()}`;
}

/**
 * One period's plan allowance, the one definition Plan & billing and the upgrade grant share: its buckets
 * are those keyed by the period's start (an emptied bucket of an earlier plan may still be dated ahead, so
 * the expiry is no guide). `granted` is what the period was given, `remaining` what can still be spent,
 * `used` what was spent from it (an upgrade's replaced remainder is not "used").
 */
export async function periodAllowance(
  reader: Tx,
  { userId, periodStart, now = new Date() }: { userId: string; periodStart: Date; now?: Date },
) {
  const buckets = await reader.creditBucket.findMany({
    where: { userId, source: "PLAN_ALLOWANCE", grantKey: { startsWith: allowanceGrantKey(periodStart) } },
    select: { id: true, granted: true, remaining: true, expiresAt: true },
  });
  const debits = await reader.ledgerEntry.aggregate({
    where: { userId, type: "DEBIT", bucketId: { in: buckets.map((bucket) => bucket.id) } },
    _sum: { delta: true },
  });
  return {
    granted: buckets.reduce((sum, bucket) => sum + bucket.granted, 0),
    remaining: buckets
      .filter((bucket) => !bucket.expiresAt || bucket.expiresAt > now)
      .reduce((sum, bucket) => sum + bucket.remaining, 0),
    used: -(debits._sum.delta ?? 0),
  };
}
