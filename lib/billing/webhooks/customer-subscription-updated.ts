import type Stripe from "stripe";
import { syncSubscription } from "../subscriptions";

/** Created or changed (upgrade, downgrade, cancel at period end, resume): re-read it from Stripe and apply. */
export async function customerSubscriptionUpdated(event: Stripe.Event) {
  return syncSubscription((event.data.object as Stripe.Subscription).id);
}
