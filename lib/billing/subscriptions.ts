import "server-only";
import { addMonths } from "date-fns";
import type Stripe from "stripe";
import { PLANS, type PlanId } from "@/config/plans";
import { ledgerTx, startPeriodInTx, upgradeAllowanceInTx } from "@/lib/credits";
import { db, type Tx } from "@/lib/db";
import { planForPrice, stripe } from "./stripe";

const ENDED = new Set(["canceled", "incomplete_expired", "unpaid"]);

function currentPeriod(subscription: Stripe.Subscription) {
  const item = subscription.items.data[0] as Stripe.SubscriptionItem & { current_period_start?: number; current_period_end?: number };
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

/**
 * Brings the person's plan and allowance in line with the subscription as Stripe has it now. Every
 * subscription webhook calls this after re-reading from Stripe, so event order does not matter:
 * - a new period (renewal, or a first payment): the plan takes effect with its full allowance and
 *   what was left of the old allowance expires (no rollover);
 * - an upgrade within the period: at once, the new allowance minus what this period already spent;
 * - a downgrade within the period: recorded, and applied when the next period starts;
 * - cancellation: shown as "ends on …"; when the subscription ends the person is on Free again.
 */
export async function syncSubscription(subscriptionId: string, now = new Date()) {
  const subscription = await (await stripe()).subscriptions.retrieve(subscriptionId);
  const customerId = typeof subscription.customer === "string" ? subscription.customer : subscription.customer.id;
  const userId = await userIdForCustomer(customerId);
  if (!userId) throw new Error(`no user for Stripe customer ${customerId}`);

  if (ENDED.has(subscription.status)) return endSubscription(userId, subscription.id, now);

  const plan = planForPrice(subscription.items.data[0]?.price.id ?? "");
  if (!plan) throw new Error(`subscription ${subscription.id} has an unknown price`);
  const period = currentPeriod(subscription);
  return ledgerTx(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { plan: true, periodStart: true } });
    const row = { plan, status: subscription.status, cancelAtPeriodEnd: subscription.cancel_at_period_end, currentPeriodStart: period.start, currentPeriodEnd: period.end };
    await tx.subscription.upsert({
      where: { userId },
      create: { userId, stripeSubscriptionId: subscription.id, ...row },
      update: { stripeSubscriptionId: subscription.id, ...row },
    });
    if (period.start.getTime() !== user.periodStart.getTime()) {
      // Compare-and-swap on the period start: one of several concurrent webhooks starts the period.
      const { count } = await tx.user.updateMany({
        where: { id: userId, periodStart: user.periodStart },
        data: { plan, periodStart: period.start, periodEnd: period.end },
      });
      if (count === 0) return { change: "none" as const };
      await tx.subscription.update({ where: { userId }, data: { scheduledPlan: null } });
      await startPeriodInTx(tx, { userId, plan, period, now });
      return { change: "new-period" as const };
    }
    return changeWithinPeriod(tx, { userId, from: user.plan, to: plan, period, now });
  });
}

async function changeWithinPeriod(tx: Tx, { userId, from, to, period, now }: { userId: string; from: PlanId; to: PlanId; period: { start: Date; end: Date }; now: Date }) {
  if (PLANS[to].monthlyCredits > PLANS[from].monthlyCredits) {
    await tx.user.update({ where: { id: userId }, data: { plan: to } });
    await tx.subscription.update({ where: { userId }, data: { scheduledPlan: null } });
    await upgradeAllowanceInTx(tx, { userId, plan: to, period, now });
    return { change: "upgraded" as const };
  }
  const scheduledPlan = to === from ? null : to;
  await tx.subscription.update({ where: { userId }, data: { scheduledPlan } });
  return { change: scheduledPlan ? ("downgrade-scheduled" as const) : ("none" as const) };
}

/** The subscription ended: back to Free with a fresh Free period starting now. */
async function endSubscription(userId: string, subscriptionId: string, now: Date) {
  return ledgerTx(async (tx) => {
    const { count } = await tx.subscription.deleteMany({ where: { userId, stripeSubscriptionId: subscriptionId } });
    if (count === 0) return { change: "none" as const };
    const period = { start: now, end: addMonths(now, 1) };
    await tx.user.update({ where: { id: userId }, data: { plan: "FREE", periodStart: period.start, periodEnd: period.end } });
    await startPeriodInTx(tx, { userId, plan: "FREE", period, now });
    return { change: "ended" as const };
  });
}
