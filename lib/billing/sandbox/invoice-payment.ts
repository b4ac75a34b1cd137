import "server-only";
import type Stripe from "stripe";
import { stripe } from "../stripe";

export type OpenInvoiceState = "unpaid" | "declined" | "requires_action";

/**
 * How an open invoice's last payment attempt ended (its PaymentIntent, read from Stripe): declined, or
 * waiting for the person to confirm 3-D Secure. The invoice must have been retrieved with `payments` expanded.
 */
export async function openInvoiceState(invoice: Stripe.Invoice): Promise<OpenInvoiceState> {
  const intentId = invoice.payments?.data[0]?.payment.payment_intent;
  if (typeof intentId !== "string") return "unpaid";
  const intent = await (await stripe()).paymentIntents.retrieve(intentId);
  if (intent.status === "requires_action") return "requires_action";
  return intent.last_payment_error ? "declined" : "unpaid";
}
