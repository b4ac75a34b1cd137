import "server-only";
import { PLANS } from "@/config/plans";
import { capRoom, periodAllowance } from "@/lib/credits";
import { db } from "@/lib/db";
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
        wallet: { select: { available: true, held: true, spendCap: true, capUsed: true } },
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
