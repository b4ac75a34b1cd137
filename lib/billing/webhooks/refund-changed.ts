import type Stripe from "stripe";
import { reconcilePayment } from "../payments";

/** `refund.created` / `refund.updated`: a refund appeared or changed status (only succeeded ones take credits). */
export async function refundChanged(event: Stripe.Event) {
  const { payment_intent: intent } = event.data.object as Stripe.Refund;
  const id = typeof intent === "string" ? intent : intent?.id;
  if (id) await reconcilePayment(id);
}
