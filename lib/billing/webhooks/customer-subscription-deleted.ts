import type Stripe from "stripe";
import { syncSubscription } from "../subscriptions";

/** The subscription ended: re-read it (status "canceled") and move the person back to Free. */
export async function customerSubscriptionDeleted(event: Stripe.Event) {
  return syncSubscription((event.data.object as Stripe.Subscription).id);
}
