import type Stripe from "stripe";
import { reconcilePayment } from "../payments";

/** `charge.refunded` (full or partial, cumulative `amount_refunded`): take back what the refunded money bought. */
export async function chargeRefunded(event: Stripe.Event) {
  const { payment_intent: intent } = event.data.object as Stripe.Charge;
  const id = typeof intent === "string" ? intent : intent?.id;
  if (id) await reconcilePayment(id);
}
