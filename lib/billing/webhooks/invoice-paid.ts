import type Stripe from "stripe";
import { convertReferral } from "../referrals";
import { stripe } from "../stripe";
import { syncSubscription, userIdForCustomer } from "../subscriptions";

function subscriptionOf(invoice: Stripe.Invoice) {
  const parent = (invoice as { parent?: { subscription_details?: { subscription?: string | { id: string } } } }).parent;
  const legacy = (invoice as { subscription?: string | { id: string } }).subscription;
  const ref = parent?.subscription_details?.subscription ?? legacy;
  return typeof ref === "string" ? ref : ref?.id;
}

/**
 * A subscription invoice was paid: sync the subscription (this starts a new period) and count the payment
 * for referrals. Like every handler, a trigger only: the invoice is re-read from Stripe, so its amount,
 * status and customer are Stripe's, not what the event body says.
 */
export async function invoicePaid(event: Stripe.Event) {
  const { id } = event.data.object as Stripe.Invoice;
  if (!id) return;
  const invoice = await (await stripe()).invoices.retrieve(id);
  const subscriptionId = subscriptionOf(invoice);
  if (subscriptionId) await syncSubscription(subscriptionId);
  const customerId = typeof invoice.customer === "string" ? invoice.customer : invoice.customer?.id;
  if (invoice.status === "paid" && invoice.amount_paid > 0 && customerId) {
    const userId = await userIdForCustomer(customerId);
    if (userId) await convertReferral(userId);
  }
}
