import { addMonths } from "date-fns";
import { TZDate } from "@date-fns/tz";
import { PLANS, type PlanId } from "@/config/plans";
import { db, type Tx } from "@/lib/db";
import { allowanceGrantKey, periodAllowance, upgradeGrantKey } from "./allowance";
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

/**
 * Begins a billing period in the caller's transaction: what is left of earlier allowances expires
 * (no rollover), and the plan's allowance for this period is granted once (keyed by period start).
 * Packs and referral credits are untouched.
 */
export async function startPeriodInTx(
  tx: Tx,
  { userId, plan, period, now }: { userId: string; plan: PlanId; period: Period; now: Date },
) {
  const grantKey = allowanceGrantKey(period.start, plan);
  // This period's own allowance buckets (its grant and any upgrade top-up, keyed `${grantKey}:PLAN`) stay.
  const expired = await expireBuckets(
    tx,
    userId,
    { source: "PLAN_ALLOWANCE", NOT: { grantKey: { startsWith: grantKey } } },
    now,
  );
  const { granted } = await grantInTx(tx, {
    userId,
    source: "PLAN_ALLOWANCE",
    amount: PLANS[plan].monthlyCredits,
    grantKey,
    expiresAt: period.end,
    now,
  });
  if (granted) {
    // The spend cap counts this period from zero; requests still in flight belong to the period they were made in.
    await tx.wallet.update({ where: { userId }, data: { capUsed: 0, periodStart: period.start } });
  }
  return { expired, granted, grantKey };
}

/**
 * A mid-period upgrade: the new plan's full allowance minus what was already spent from this period's
 * allowance. It adds the difference between the new plan's allowance and what this period's allowance
 * buckets were granted, as one more allowance bucket of the period, so upgrading never doubles credits
 * and credits held by requests in flight keep their bucket. Calling it twice for the same plan is a no-op.
 */
export async function upgradeAllowanceInTx(
  tx: Tx,
  { userId, plan, period, now }: { userId: string; plan: PlanId; period: Period; now: Date },
) {
  const grantKey = upgradeGrantKey(period.start, plan);
  const { granted } = await periodAllowance(tx, { userId, periodStart: period.start, plan, now });
  const amount = PLANS[plan].monthlyCredits - granted;
  if (amount <= 0) return { granted: false, grantKey };
  const grant = await grantInTx(tx, { userId, source: "PLAN_ALLOWANCE", amount, grantKey, expiresAt: period.end, now });
  return { ...grant, grantKey };
}

/**
 * A paid period is over (Stripe moved the subscription on) but the next one is not paid for yet: what
 * is left of the allowances that ended by `periodStart` expires, and nothing new is granted — that
 * waits for the paid invoice (startPeriodInTx). Repeating it changes nothing.
 */
export async function endPaidPeriod({
  userId,
  periodStart,
  now = new Date(),
}: {
  userId: string;
  periodStart: Date;
  now?: Date;
}) {
  // Empty ones too: a bucket emptied by a dispute must be marked ended, or winning the dispute would give
  // its credits back to a period that is over.
  return ledgerTx((tx) =>
    expireBuckets(tx, userId, { source: "PLAN_ALLOWANCE", expiresAt: { lte: periodStart } }, now),
  );
}

/**
 * Creates the wallet of a new user and, for a verified email, grants the allowance of their first
 * period. An unverified account starts empty: its Free allowance waits for the emailed link
 * (`startFreePeriodInTx`), so a made-up address mints nothing.
 */
export async function openAccountInTx(
  tx: Tx,
  {
    userId,
    plan,
    period,
    now,
    emailVerified,
  }: { userId: string; plan: PlanId; period: Period; now: Date; emailVerified: boolean },
) {
  await tx.wallet.create({ data: { userId } });
  if (emailVerified) await startPeriodInTx(tx, { userId, plan, period, now });
}

/**
 * The email was just verified: a Free account gets the allowance of the period it is in (moving the
 * period on first if it ended while unverified). Keyed by period start, so it is granted once however
 * often this runs; a paid plan's allowance comes from its invoices instead.
 */
export async function startFreePeriodInTx(tx: Tx, { userId, now }: { userId: string; now: Date }) {
  const user = await tx.user.findUniqueOrThrow({
    where: { id: userId },
    select: { plan: true, periodStart: true, periodEnd: true, createdAt: true },
  });
  if (user.plan !== "FREE") return { granted: false };
  let period = { start: user.periodStart, end: user.periodEnd };
  if (user.periodEnd <= now) {
    period = periodContaining(user.createdAt, now);
    await tx.user.update({ where: { id: userId }, data: { periodStart: period.start, periodEnd: period.end } });
  }
  const { granted } = await startPeriodInTx(tx, { userId, plan: "FREE", period, now });
  return { granted };
}

/**
 * The Free plan's monthly reset, done lazily when the user is seen after their period ended (and by
 * `npm run jobs:reset`). Idempotent and safe across instances: the period moves forward with a
 * compare-and-swap on its end, and the allowance grant is keyed by period start.
 */
export async function rolloverIfDue({ userId, now = new Date() }: { userId: string; now?: Date }) {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: { plan: true, periodEnd: true, createdAt: true, emailVerifiedAt: true },
  });
  // An unverified account gets no Free allowance; verifying starts its current period (startFreePeriodInTx).
  if (!user || user.plan !== "FREE" || user.periodEnd > now || !user.emailVerifiedAt) return { rolledOver: false };
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
  const due = await db().user.findMany({
    where: { plan: "FREE", periodEnd: { lte: now }, emailVerifiedAt: { not: null } },
    select: { id: true },
  });
  let rolledOver = 0;
  for (const { id } of due) if ((await rolloverIfDue({ userId: id, now })).rolledOver) rolledOver += 1;
  return rolledOver;
}
