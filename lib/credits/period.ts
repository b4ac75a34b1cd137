import { addMonths } from "date-fns";
import { TZDate } from "@date-fns/tz";
import { PLANS, type PlanId } from "@/config/plans";
import { db, type Tx } from "@/lib/db";
import { expireBuckets } from "./buckets";
import { grantInTx } from "./grant";
import { ledgerTx } from "./transaction";

export interface Period {
  start: Date;
  end: Date;
}

/**
 * The monthly period containing `now`, counted from `anchor` in UTC (so a period that starts on the
 * 31st ends on the last day of a shorter month and the next one starts on the 31st again).
 */
export function periodContaining(anchor: Date, now: Date): Period {
  const from = new TZDate(anchor.getTime(), "UTC");
  const at = (months: number) => new Date(addMonths(from, months).getTime());
  let months = (now.getUTCFullYear() - from.getFullYear()) * 12 + (now.getUTCMonth() - from.getMonth());
  if (at(months) > now) months -= 1;
  if (at(months + 1) <= now) months += 1;
  return { start: at(months), end: at(months + 1) };
}

export function allowanceGrantKey(periodStart: Date) {
  return `allowance:${periodStart.toISOString()}`;
}

/**
 * Begins a billing period in the caller's transaction: what is left of earlier allowances expires
 * (no rollover), and the plan's allowance for this period is granted once (keyed by period start).
 * Packs and referral credits are untouched.
 */
export async function startPeriodInTx(tx: Tx, { userId, plan, period, now }: { userId: string; plan: PlanId; period: Period; now: Date }) {
  const grantKey = allowanceGrantKey(period.start);
  const expired = await expireBuckets(tx, userId, { source: "PLAN_ALLOWANCE", grantKey: { not: grantKey } }, now);
  const { granted } = await grantInTx(tx, {
    userId,
    source: "PLAN_ALLOWANCE",
    amount: PLANS[plan].monthlyCredits,
    grantKey,
    expiresAt: period.end,
    now,
  });
  if (granted) {
    // A new period gives the personal spend cap its full room again.
    const { monthlySpendCap } = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { monthlySpendCap: true } });
    await tx.wallet.update({ where: { userId }, data: { capRemaining: monthlySpendCap } });
  }
  return { expired, granted };
}

/**
 * A mid-period upgrade: the new plan's full allowance minus what was already spent from this
 * period's allowance, valid until the period ends. The old allowance's remainder is replaced (not
 * added), so upgrading never doubles credits; calling it twice for the same plan is a no-op.
 */
export async function upgradeAllowanceInTx(tx: Tx, { userId, plan, period, now }: { userId: string; plan: PlanId; period: Period; now: Date }) {
  const current = await tx.creditBucket.findMany({
    where: { userId, source: "PLAN_ALLOWANCE", grantKey: { startsWith: allowanceGrantKey(period.start) } },
    select: { id: true },
  });
  const debits = await tx.ledgerEntry.aggregate({
    where: { userId, type: "DEBIT", bucketId: { in: current.map((bucket) => bucket.id) } },
    _sum: { delta: true },
  });
  const spent = -(debits._sum.delta ?? 0);
  const grantKey = `${allowanceGrantKey(period.start)}:${plan}`;
  if (await tx.creditBucket.findUnique({ where: { userId_grantKey: { userId, grantKey } }, select: { id: true } })) return { granted: false };
  await expireBuckets(tx, userId, { source: "PLAN_ALLOWANCE" }, now);
  const amount = PLANS[plan].monthlyCredits - spent;
  if (amount <= 0) return { granted: false };
  return grantInTx(tx, { userId, source: "PLAN_ALLOWANCE", amount, grantKey, expiresAt: period.end, now });
}

/** Creates the wallet of a new user and grants the allowance of their first period. */
export async function openAccountInTx(tx: Tx, { userId, plan, period, now }: { userId: string; plan: PlanId; period: Period; now: Date }) {
  await tx.wallet.create({ data: { userId } });
  await startPeriodInTx(tx, { userId, plan, period, now });
}

/**
 * The Free plan's monthly reset, done lazily when the user is seen after their period ended (and by
 * `npm run jobs:reset`). Idempotent and safe across instances: the period moves forward with a
 * compare-and-swap on its end, and the allowance grant is keyed by period start.
 */
export async function rolloverIfDue({ userId, now = new Date() }: { userId: string; now?: Date }) {
  const user = await db().user.findUnique({ where: { id: userId }, select: { plan: true, periodEnd: true, createdAt: true } });
  if (!user || user.plan !== "FREE" || user.periodEnd > now) return { rolledOver: false };
  return ledgerTx(async (tx) => {
    const period = periodContaining(user.createdAt, now);
    const { count } = await tx.user.updateMany({
      where: { id: userId, periodEnd: user.periodEnd },
      data: { periodStart: period.start, periodEnd: period.end },
    });
    if (count === 0) return { rolledOver: false };
    await startPeriodInTx(tx, { userId, plan: "FREE", period, now });
    return { rolledOver: true };
  });
}

/** Rolls over every Free user whose period has ended; the scheduled counterpart of the lazy reset. */
export async function rolloverAllDue({ now = new Date() } = {}) {
  const due = await db().user.findMany({ where: { plan: "FREE", periodEnd: { lte: now } }, select: { id: true } });
  let rolledOver = 0;
  for (const { id } of due) if ((await rolloverIfDue({ userId: id, now })).rolledOver) rolledOver += 1;
  return rolledOver;
}
