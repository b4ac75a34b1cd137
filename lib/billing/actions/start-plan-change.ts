"use server";

import { z } from "zod";
import { authedAction } from "@/lib/actions/action";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ensureCustomer } from "../customers";
import { appUrl, priceIds, requireBilling, stripe } from "../stripe";
import { syncSubscription } from "../subscriptions";

const schema = z.object({ plan: z.enum(["STARTER", "PRO"], { error: "Choose Starter or Pro" }) });

/**
 * Moves to a paid plan. Without a subscription: Stripe Checkout (subscription mode), credits come
 * from the webhook. With one: the subscription's price changes in place — an upgrade takes effect at
 * once (prorated by Stripe), a downgrade at the end of the period — and is applied right away from
 * Stripe's answer (the webhook that follows is then a no-op).
 */
export const startPlanChange = authedAction(schema, async ({ plan }, { user }) => {
  requireBilling();
  const subscription = await db().subscription.findUnique({ where: { userId: user.id } });
  const client = await stripe();
  if (!subscription) {
    const customer = await ensureCustomer(user.id);
    const session = await client.checkout.sessions.create({
      mode: "subscription",
      customer,
      client_reference_id: user.id,
      line_items: [{ price: priceIds()[plan], quantity: 1 }],
      metadata: { userId: user.id, plan },
      subscription_data: { metadata: { userId: user.id } },
      success_url: `${appUrl()}/settings/billing?checkout=success`,
      cancel_url: `${appUrl()}/settings/billing?checkout=cancelled`,
    });
    if (!session.url) throw new AppError("INTERNAL", "Stripe did not return a checkout page.");
    return { redirectUrl: session.url };
  }
  const current = await client.subscriptions.retrieve(subscription.stripeSubscriptionId);
  const item = current.items.data[0];
  if (!item) throw new AppError("CONFLICT", "Your subscription has no plan to change.");
  const upgrade = plan === "PRO";
  await client.subscriptions.update(subscription.stripeSubscriptionId, {
    items: [{ id: item.id, price: priceIds()[plan] }],
    proration_behavior: upgrade ? "always_invoice" : "none",
    cancel_at_period_end: false,
  });
  const { change } = await syncSubscription(subscription.stripeSubscriptionId);
  return { redirectUrl: null, change };
}, { rateLimit: "billing" });
