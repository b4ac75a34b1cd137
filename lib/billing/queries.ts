import "server-only";
import { PLANS } from "@/config/plans";
import { capRoom } from "@/lib/credits";
import { allowanceGrantKey } from "@/lib/credits/period";
import { db } from "@/lib/db";
import { billingMode, stripe } from "./stripe";

/** Everything Plan & billing shows, for the signed-in person only. */
export async function getBillingOverview({ userId }: { userId: string }) {
  const [user, subscription, allowance, purchases] = await Promise.all([
    db().user.findUniqueOrThrow({
      where: { id: userId },
      select: { plan: true, periodStart: true, periodEnd: true, stripeCustomerId: true, lowBalanceThreshold: true, wallet: { select: { available: true, held: true, spendCap: true, capUsed: true } } },
    }),
    db().subscription.findUnique({ where: { userId } }),
    db().creditBucket.findMany({ where: { userId, source: "PLAN_ALLOWANCE", expiresAt: { gt: new Date() } }, select: { id: true, remaining: true, grantKey: true } }),
    db().packPurchase.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, take: 20 }),
  ]);
  const invoices = user.stripeCustomerId && billingMode() !== "off"
    ? (await (await stripe()).invoices.list({ customer: user.stripeCustomerId, limit: 12 })).data.map((invoice) => ({
        id: invoice.id,
        amountCents: invoice.amount_paid,
        status: invoice.status,
        url: invoice.hosted_invoice_url ?? null,
        createdAt: new Date(invoice.created * 1000),
      }))
    : [];
  const planAllowance = PLANS[user.plan].monthlyCredits;
  // Only this period's allowance buckets (an emptied bucket of an earlier plan may still be dated ahead).
  const current = allowance.filter((bucket) => bucket.grantKey.startsWith(allowanceGrantKey(user.periodStart)));
  const remaining = current.reduce((sum, bucket) => sum + bucket.remaining, 0);
  // Used = what was actually spent from this period's allowance (an upgrade's replaced remainder is not "used").
  const debits = await db().ledgerEntry.aggregate({ where: { userId, type: "DEBIT", bucketId: { in: current.map((bucket) => bucket.id) } }, _sum: { delta: true } });
  return {
    plan: user.plan,
    renewsAt: user.periodEnd,
    subscription: subscription && {
      status: subscription.status,
      cancelAtPeriodEnd: subscription.cancelAtPeriodEnd,
      scheduledPlan: subscription.scheduledPlan,
      currentPeriodEnd: subscription.currentPeriodEnd,
    },
    allowance: { total: planAllowance, remaining, used: -(debits._sum.delta ?? 0) },
    alerts: {
      lowBalanceThreshold: user.lowBalanceThreshold,
      monthlySpendCap: user.wallet?.spendCap ?? null,
      capRemaining: user.wallet ? capRoom(user.wallet) : null,
    },
    purchases: purchases.map(({ id, checkoutSessionId, packId, credits, amountCents, status, createdAt, paidAt }) => ({ id, checkoutSessionId, packId, credits, amountCents, status, createdAt, paidAt })),
    invoices,
  };
}

/** The low-balance alert threshold alone (for the banner on every page; no Stripe call). */
export async function getLowBalanceThreshold({ userId }: { userId: string }) {
  const user = await db().user.findUnique({ where: { id: userId }, select: { lowBalanceThreshold: true } });
  return user?.lowBalanceThreshold ?? null;
}
