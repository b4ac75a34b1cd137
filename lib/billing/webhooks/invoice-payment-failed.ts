import type Stripe from "stripe";
import { recordPaymentProblem } from "../invoices";

/** A plan invoice was declined (first try or a retry): no credits, a banner and one email. */
export async function invoicePaymentFailed(event: Stripe.Event) {
  const { id } = event.data.object as Stripe.Invoice;
  if (id) await recordPaymentProblem(id, "DECLINED");
}
