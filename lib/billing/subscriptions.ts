import "server-only";
import { addMonths } from "date-fns";
import type Stripe from "stripe";
import { PLANS, type PlanId } from "@/config/plans";
import { endPaidPeriod, ledgerTx, startPeriodInTx } from "@/lib/credits";
import { db } from "@/lib/db";
import { planForPrice, stripe } from "./stripe";

const ENDED = new Set(["canceled", "incomplete_expired", "unpaid"]);

export function currentPeriod(subscription: Stripe.Subscription) {
  const item = subscription.items.data[0] as Stripe.SubscriptionItem & {
    current_period_start?: number;
    current_period_end?: number;
  };
  const legacy = subscription as unknown as { current_period_start?: number; current_period_end?: number };
  const start = item?.current_period_start ?? legacy.current_period_start;
  const end = item?.current_period_end ?? legacy.current_period_end;
  if (!start || !end) throw new Error(`subscription ${subscription.id} has no current period`);
  return { start: new Date(start * 1000), end: new Date(end * 1000) };
}

export async function userIdForCustomer(customerId: string) {
  const user = await db().user.findUnique({ where: { stripeCustomerId: customerId }, select: { id: true } });
  if (user) return user.id;
  const customer = await (await stripe()).customers.retrieve(customerId);
  const fromMetadata = "deleted" in customer && customer.deleted ? undefined : customer.metadata?.userId;
  return fromMetadata ?? null;
}

export const customerIdOf = (object: { customer: string | { id: string } | null }) =>
  typeof object.customer === "string" ? object.customer : (object.customer?.id ?? null);

/**
 * Mirrors the subscription as Stripe has it now (re-read, so event order does not matter): its
 * plan, status, period, cancellation and a downgrade waiting for the next period. It never grants
 * credits — a period's allowance comes from its paid invoice (lib/billing/invoices.ts) — except that
 * a subscription Stripe has given up on (`canceled`, `unpaid`, `incomplete_expired`) puts the person
 * back on Free, with Free's allowance.
 */
export async function syncSubscription(subscriptionId: string, now = new Date()) {
  const subscription = await (await stripe()).subscriptions.retrieve(subscriptionId);
  const customerId = customerIdOf(subscription);
  const userId = customerId ? await userIdForCustomer(customerId) : null;
  if (!userId) throw new Error(`no user for Stripe customer ${customerId}`);

  if (ENDED.has(subscription.status)) return { userId, ...(await endSubscription(userId, subscription.id, now)) };

  const plan = planForPrice(subscription.items.data[0]?.price.id ?? "");
  if (!plan) throw new Error(`subscription ${subscription.id} has an unknown price`);
  const period = currentPeriod(subscription);
  const user = await db().user.findUniqueOrThrow({ where: { id: userId }, select: { plan: true, periodStart: true } });
  // Stripe moves to the new period before it is paid: the old period's allowance ends now regardless.
  if (user.plan !== "FREE" && period.start > user.periodStart)
    await endPaidPeriod({ userId, periodStart: period.start, now });
  // A lower price than the plan the person has paid for takes effect with the next paid period.
  const scheduledPlan: PlanId | null = PLANS[plan].monthlyCredits < PLANS[user.plan].monthlyCredits ? plan : null;
  const row = {
    plan,
    status: subscription.status,
    cancelAtPeriodEnd: subscription.cancel_at_period_end,
    currentPeriodStart: period.start,
    currentPeriodEnd: period.end,
    scheduledPlan,
  };
  await db().subscription.upsert({
    where: { userId },
    create: { userId, stripeSubscriptionId: subscription.id, ...row },
    update: { stripeSubscriptionId: subscription.id, ...row },
  });
  return { userId, change: scheduledPlan ? ("downgrade-scheduled" as const) : ("none" as const), subscription };
}

/** The subscription ended: back to Free with a fresh Free period starting now; its payment problems are over. */
async function endSubscription(userId: string, subscriptionId: string, now: Date) {
  return ledgerTx(async (tx) => {
    const { count } = await tx.subscription.deleteMany({ where: { userId, stripeSubscriptionId: subscriptionId } });
    // Not this person's subscription (any more): a late event of an old one must not end a newer plan.
    if (count === 0) return { change: "none" as const };
    await tx.paymentProblem.updateMany({ where: { userId, resolvedAt: null }, data: { resolvedAt: now } });
    const period = { start: now, end: addMonths(now, 1) };
    await tx.user.update({
      where: { id: userId },
      data: { plan: "FREE", periodStart: period.start, periodEnd: period.end },
    });
    await startPeriodInTx(tx, { userId, plan: "FREE", period, now });
    return { change: "ended" as const };
  });
}
