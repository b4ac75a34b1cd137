import type Stripe from "stripe";
import { expirePackPurchase } from "../packs";

/** Stripe expired an unpaid Checkout Session (abandoned for 24 hours, or expired when the person cancelled). */
export async function checkoutSessionExpired(event: Stripe.Event) {
  return expirePackPurchase((event.data.object as Stripe.Checkout.Session).id);
}
