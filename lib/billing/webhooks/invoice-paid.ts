import type Stripe from "stripe";
import { settleInvoice } from "../invoices";

/** `invoice.paid` and `invoice.payment_succeeded`: the money arrived, so the period's (or upgrade's) credits do. */
export async function invoicePaid(event: Stripe.Event) {
  const { id } = event.data.object as Stripe.Invoice;
  if (id) await settleInvoice(id);
}
