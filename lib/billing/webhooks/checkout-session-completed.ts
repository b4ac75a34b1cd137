import type Stripe from "stripe";
import { settlePackPurchase } from "../packs";
import { syncSubscription } from "../subscriptions";

/** A Checkout finished: a pack is credited if already paid; a subscription is synced from Stripe. */
export async function checkoutSessionCompleted(event: Stripe.Event) {
  const session = event.data.object as Stripe.Checkout.Session;
  if (session.mode === "payment") return settlePackPurchase(session.id);
  if (session.mode === "subscription" && session.subscription) {
    return syncSubscription(typeof session.subscription === "string" ? session.subscription : session.subscription.id);
  }
}
