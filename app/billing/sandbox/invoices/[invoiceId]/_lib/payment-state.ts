import "server-only";
import { stripe } from "@/lib/billing/stripe";

/** How an open invoice's last attempt ended: declined, or waiting for the person to confirm 3-D Secure. */
export async function openInvoicePaymentState(invoiceId: string): Promise<"unpaid" | "declined" | "requires_action"> {
  const client = await stripe();
  const invoice = await client.invoices.retrieve(invoiceId, { expand: ["payments"] });
  const intentId = invoice.payments?.data[0]?.payment.payment_intent;
  if (typeof intentId !== "string") return "unpaid";
  const intent = await client.paymentIntents.retrieve(intentId);
  if (intent.status === "requires_action") return "requires_action";
  return intent.last_payment_error ? "declined" : "unpaid";
}
