import type Stripe from "stripe";
import { reconcilePayment } from "../payments";

/** `charge.dispute.*`: open freezes the disputed credits, won gives them back, lost takes them like a refund. */
export async function chargeDisputeChanged(event: Stripe.Event) {
  const { payment_intent: intent } = event.data.object as Stripe.Dispute;
  const id = typeof intent === "string" ? intent : intent?.id;
  if (id) await reconcilePayment(id);
}
