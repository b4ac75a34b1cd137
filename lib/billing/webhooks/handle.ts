import "server-only";
import type Stripe from "stripe";
import { db, isUniqueViolation } from "@/lib/db";
import { billingMode, connectWebhookSecret, stripe, webhookSecret } from "../stripe";
import { checkoutSessionAsyncPaymentFailed } from "./checkout-session-async-payment-failed";
import { checkoutSessionAsyncPaymentSucceeded } from "./checkout-session-async-payment-succeeded";
import { checkoutSessionCompleted } from "./checkout-session-completed";
import { checkoutSessionExpired } from "./checkout-session-expired";
import { customerSubscriptionDeleted } from "./customer-subscription-deleted";
import { customerSubscriptionUpdated } from "./customer-subscription-updated";
import { chargeDisputeChanged } from "./charge-dispute-changed";
import { chargeRefunded } from "./charge-refunded";
import { invoicePaid } from "./invoice-paid";
import { invoicePaymentActionRequired } from "./invoice-payment-action-required";
import { invoicePaymentFailed } from "./invoice-payment-failed";
import { refundChanged } from "./refund-changed";
import { accountUpdated } from "./account-updated";
import { transferCreated } from "./transfer-created";
import { transferReversed } from "./transfer-reversed";
import { log } from "@/lib/log";

const HANDLERS: Record<string, (event: Stripe.Event) => Promise<unknown>> = {
  "checkout.session.completed": checkoutSessionCompleted,
  "checkout.session.async_payment_succeeded": checkoutSessionAsyncPaymentSucceeded,
  "checkout.session.async_payment_failed": checkoutSessionAsyncPaymentFailed,
  "checkout.session.expired": checkoutSessionExpired,
  "invoice.paid": invoicePaid,
  "invoice.payment_succeeded": invoicePaid,
  "invoice.payment_failed": invoicePaymentFailed,
  "invoice.payment_action_required": invoicePaymentActionRequired,
  "charge.refunded": chargeRefunded,
  "refund.created": refundChanged,
  "refund.updated": refundChanged,
  "charge.dispute.created": chargeDisputeChanged,
  "charge.dispute.updated": chargeDisputeChanged,
  "charge.dispute.closed": chargeDisputeChanged,
  "charge.dispute.funds_reinstated": chargeDisputeChanged,
  "customer.subscription.created": customerSubscriptionUpdated,
  "customer.subscription.updated": customerSubscriptionUpdated,
  "customer.subscription.deleted": customerSubscriptionDeleted,
  "account.updated": accountUpdated,
  "transfer.created": transferCreated,
  "transfer.reversed": transferReversed,
};

/**
 * The event, if it is signed by this account's endpoint secret, or by the Connect endpoint's — which
 * sends only connected accounts' events, so one it signed must name its account.
 */
async function verifiedEvent(rawBody: string, signature: string | null) {
  const client = await stripe();
  const endpoints = [
    { secret: webhookSecret(), connect: false },
    { secret: connectWebhookSecret(), connect: true },
  ];
  for (const { secret, connect } of endpoints) {
    if (!secret) continue;
    let event: Stripe.Event;
    try {
      event = client.webhooks.constructEvent(rawBody, signature ?? "", secret);
    } catch {
      continue; // Not this endpoint's signature: try the next one.
    }
    return connect && !event.account ? null : event;
  }
  return null;
}

/**
 * Verifies a Stripe webhook on its raw body (signature and timestamp tolerance), stores its event id
 * and runs its handler once. Handlers are triggers that re-read state from Stripe and are idempotent,
 * so a redelivery after a crash (stored but not processed) is safe to run again. A handler error
 * answers 500, and Stripe retries.
 */
export async function handleStripeWebhook(
  rawBody: string,
  signature: string | null,
): Promise<{ status: number; body: Record<string, unknown> }> {
  if (billingMode() === "off") return { status: 503, body: { error: "BILLING_DISABLED" } };
  const event = await verifiedEvent(rawBody, signature);
  if (!event) return { status: 400, body: { error: "Invalid signature" } };
  try {
    await db().stripeEvent.create({ data: { id: event.id, type: event.type } });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const seen = await db().stripeEvent.findUnique({ where: { id: event.id } });
    if (seen?.processedAt) return { status: 200, body: { received: true, duplicate: true } };
  }
  const handler = HANDLERS[event.type];
  if (handler) {
    try {
      await handler(event);
    } catch (error) {
      log.error({ eventType: event.type, eventId: event.id, err: error }, "stripe webhook failed; Stripe will retry");
      return { status: 500, body: { error: "Handler failed" } };
    }
  }
  await db().stripeEvent.update({ where: { id: event.id }, data: { processedAt: new Date() } });
  return { status: 200, body: { received: true } };
}
