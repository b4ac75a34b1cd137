import type Stripe from "stripe";
import { failPackPurchase } from "../packs";

/** A delayed payment for a pack failed: nothing is credited and the purchase shows as failed. */
export async function checkoutSessionAsyncPaymentFailed(event: Stripe.Event) {
  return failPackPurchase((event.data.object as Stripe.Checkout.Session).id);
}
