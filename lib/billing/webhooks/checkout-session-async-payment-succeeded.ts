import type Stripe from "stripe";
import { settlePackPurchase } from "../packs";

/** A delayed payment (e.g. a bank debit) for a pack went through: credit it now. */
export async function checkoutSessionAsyncPaymentSucceeded(event: Stripe.Event) {
  return settlePackPurchase((event.data.object as Stripe.Checkout.Session).id);
}
