import type Stripe from "stripe";
import { recordPaymentProblem } from "../invoices";

/** The bank wants the person to confirm a plan payment (3-D Secure): "confirm your payment", nothing granted yet. */
export async function invoicePaymentActionRequired(event: Stripe.Event) {
  const { id } = event.data.object as Stripe.Invoice;
  if (id) await recordPaymentProblem(id, "ACTION_REQUIRED");
}
