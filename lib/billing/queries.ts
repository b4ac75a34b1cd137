import "server-only";
import { PLANS } from "@/config/plans";
import { capRoom, dayRoom, periodAllowance } from "@/lib/credits";
import { addDays, differenceInCalendarDays } from "date-fns";
import { getActivityUsage } from "@/lib/activity/queries";
import { localDay, localMidnight, resolveRange } from "@/lib/activity/range";
import { db } from "@/lib/db";
import { FORECAST_MIN_DAYS, FORECAST_WINDOW_DAYS, forecastRunOut } from "./forecast";
import { billedPlan } from "./invoices";
import { billingMode, stripe } from "./stripe";

/** Everything Plan & billing shows, for the signed-in person only. */
export async function getBillingOverview({ userId }: { userId: string }) {
  const [user, subscription, purchases, payments, reversals, problem] = await Promise.all([
    db().user.findUniqueOrThrow({
      where: { id: userId },
      select: {
        plan: true,
        periodStart: true,
        periodEnd: true,
        stripeCustomerId: true,
        lowBalanceThreshold: true,
        wallet: {
          select: {
            available: true,
            held: true,
            spendCap: true,
            capUsed: true,
            dailyCap: true,
            dayUsed: true,
            dayEnd: true,
          },
        },
      },
    }),
    db().subscription.findUnique({ where: { userId } }),
    db().packPurchase.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, take: 20 }),
    db().payment.findMany({ where: { userId }, select: { paymentIntentId: true, sourceId: true } }),
    db().creditReversal.findMany({ where: { userId }, orderBy: { createdAt: "asc" } }),
    getPaymentProblem({ userId }),
  ]);
  const intentOf = new Map(payments.map((payment) => [payment.sourceId, payment.paymentIntentId]));
  const reversalsOf = (paymentIntentId: string | null | undefined) =>
    reversals
      .filter((reversal) => reversal.paymentIntentId === paymentIntentId && reversal.kind !== "REFERRAL")
      .map(({ id, kind, status, amountCents, credits, taken, shortfall, createdAt }) => ({
        id,
        kind,
        status,
        amountCents,
        credits,
        taken,
        shortfall,
        createdAt,
      }));
  const invoices =
    user.stripeCustomerId && billingMode() !== "off"
      ? (await (await stripe()).invoices.list({ customer: user.stripeCustomerId, limit: 12 })).data.map((invoice) => ({
          id: invoice.id,
          amountCents: invoice.status === "paid" ? invoice.amount_paid : invoice.amount_due,
          status: invoice.status,
          planId: billedPlan(invoice).plan,
          upgrade: invoice.billing_reason === "subscription_update",
          url: invoice.hosted_invoice_url ?? null,
          createdAt: new Date(invoice.created * 1000),
          paymentIntentId: intentOf.get(invoice.id) ?? null,
          reversals: reversalsOf(intentOf.get(invoice.id)),
        }))
      : [];
  const { remaining, used } = await periodAllowance(db(), { userId, periodStart: user.periodStart, plan: user.plan });
  return {
    plan: user.plan,
    renewsAt: user.periodEnd,
    subscription: subscription && {
      status: subscription.status,
      cancelAtPeriodEnd: subscription.cancelAtPeriodEnd,
      scheduledPlan: subscription.scheduledPlan,
      currentPeriodEnd: subscription.currentPeriodEnd,
    },
    allowance: { total: PLANS[user.plan].monthlyCredits, remaining, used },
    alerts: {
      lowBalanceThreshold: user.lowBalanceThreshold,
      monthlySpendCap: user.wallet?.spendCap ?? null,
      capRemaining: user.wallet ? capRoom(user.wallet) : null,
      dailySpendCap: user.wallet?.dailyCap ?? null,
      dayRemaining: user.wallet ? dayRoom(user.wallet, new Date()) : null,
    },
    purchases: purchases.map(({ id, checkoutSessionId, packId, credits, amountCents, status, createdAt, paidAt }) => ({
      id,
      checkoutSessionId,
      packId,
      credits,
      amountCents,
      status,
      createdAt,
      paidAt,
      paymentIntentId: intentOf.get(checkoutSessionId) ?? null,
      reversals: reversalsOf(intentOf.get(checkoutSessionId)),
    })),
    invoices,
    /** Credits out of the balance while a payment is disputed. */
    frozen: reversals
      .filter((reversal) => reversal.status === "FROZEN")
      .reduce((sum, reversal) => sum + reversal.taken, 0),
    /** Credits taken back for good (refunds, lost disputes, referral clawbacks). */
    takenBack: reversals
      .filter((reversal) => reversal.status === "TAKEN")
      .reduce((sum, reversal) => sum + reversal.taken, 0),
    /** Referral bonuses taken back because the payment that earned them went back. */
    referralClawbacks: reversals.filter((reversal) => reversal.kind === "REFERRAL"),
    problem,
  };
}

/** The low-balance alert threshold alone (for the banner on every page; no Stripe call). */
export async function getLowBalanceThreshold({ userId }: { userId: string }) {
  const user = await db().user.findUnique({ where: { id: userId }, select: { lowBalanceThreshold: true } });
  return user?.lowBalanceThreshold ?? null;
}

/**
 * The plan payment Stripe could not collect, if any (the newest): for the banner on every signed-in
 * page and Plan & billing. No Stripe call, one indexed row.
 */
export async function getPaymentProblem({ userId }: { userId: string }) {
  return db().paymentProblem.findFirst({
    where: { userId, resolvedAt: null },
    orderBy: { failedAt: "desc" },
    select: { invoiceId: true, kind: true, plan: true, amountCents: true, invoiceUrl: true, failedAt: true },
  });
}

/**
 * The run-out forecast (Activity, Plan & billing): the person's spending over the last 7 whole days in
 * their time zone (from the hourly rollups, the same query as Activity's; never on the paid request
 * path), not counting days before the account's first whole day; their balance, spending limit and reset.
 */
export async function getRunOutForecast({
  userId,
  timeZone,
  now = new Date(),
}: {
  userId: string;
  timeZone: string;
  now?: Date;
}) {
  const user = await db().user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      plan: true,
      periodEnd: true,
      createdAt: true,
      wallet: { select: { available: true, spendCap: true, capUsed: true } },
    },
  });
  const today = localMidnight(localDay(now, timeZone), timeZone);
  const firstWholeDay = addDays(localMidnight(localDay(user.createdAt, timeZone), timeZone), 1);
  const days = Math.min(FORECAST_WINDOW_DAYS, Math.max(0, differenceInCalendarDays(today, firstWholeDay)));
  const forecastOf = (dailySpend: number[]) =>
    forecastRunOut({
      dailySpend,
      available: user.wallet?.available ?? 0,
      capRoom: user.wallet ? capRoom(user.wallet) : null,
      // When the next allowance comes: a paid plan's period moves on only once its invoice is paid (Stripe's
      // own period moves on at renewal, paid or not), and an unconfirmed Free account's not at all.
      resetAt: user.periodEnd,
      plan: user.plan,
      timeZone,
      now,
    });
  if (days < FORECAST_MIN_DAYS) return forecastOf([]);
  const range = resolveRange({
    filters: {
      range: "custom",
      from: localDay(addDays(today, -days), timeZone),
      to: localDay(addDays(today, -1), timeZone),
    },
    timeZone,
    now,
  });
  const usage = await getActivityUsage({ userId, range });
  return forecastOf(usage.buckets.map((bucket) => bucket.credits));
}
