import type { PlanId } from "@/config/plans";
import type { Tx } from "@/lib/db";

/**
 * The grant key of a period's allowance; the keys of one period share it as a prefix (an upgrade adds
 * ":PLAN"). Free periods have their own namespace: a paid period can start in the very instant a Free one
 * did (Stripe's whole seconds, a Free period begun at .000 ms), and must still get its own grant and end
 * Free's — and neither kind of key is a prefix of the other.
 */
export function allowanceGrantKey(periodStart: Date, plan: PlanId) {
  return plan === "FREE" ? `allowance:free:${periodStart.toISOString()}` : `allowance:${periodStart.toISOString()}`;
}

/** The key of a mid-period upgrade's top-up: one more allowance bucket of the paid period. */
export function upgradeGrantKey(periodStart: Date, plan: PlanId) {
  return `${allowanceGrantKey(periodStart, plan)}:${plan}`;
}

/**
 * One period's plan allowance, the one definition Plan & billing and the upgrade grant share: its buckets
 * are those keyed by the period's start (an emptied bucket of an earlier plan may still be dated ahead, so
 * the expiry is no guide). `granted` is what the period was given, `remaining` what can still be spent,
 * `used` what was spent from it (an upgrade's replaced remainder is not "used").
 */
export async function periodAllowance(
  reader: Tx,
  { userId, periodStart, plan, now = new Date() }: { userId: string; periodStart: Date; plan: PlanId; now?: Date },
) {
  const buckets = await reader.creditBucket.findMany({
    where: { userId, source: "PLAN_ALLOWANCE", grantKey: { startsWith: allowanceGrantKey(periodStart, plan) } },
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
