"use server";

import { z } from "zod";
import { authedAction } from "@/lib/actions/action";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { runSandboxStep } from "../sandbox/deliver";
import { openInvoiceState } from "../sandbox/invoice-payment";
import { OPEN_DISPUTE_STATUSES, TEST_CARDS, type SandboxEvent, type TestCard } from "../sandbox/emulator";
import { requireTestMode } from "../sandbox/mode";
import { sandboxEmulator } from "../sandbox/instance";
import { stripe } from "../stripe";

// Test mode's stand-ins for what happens at Stripe or at the bank — a card change in the portal, a payment
// on the hosted invoice page, Smart Retries running out, a refund from the Dashboard, a chargeback — each
// for the signed-in person's own customer, invoices and payments only, its events sent through the real
// webhook handler.

async function customerOf(userId: string) {
  const user = await db().user.findUniqueOrThrow({ where: { id: userId }, select: { stripeCustomerId: true } });
  if (!user.stripeCustomerId) throw new AppError("NOT_FOUND", "You have no billing account yet.");
  return user.stripeCustomerId;
}

/** Paid (or partly refunded, or disputed): only the person's own payment, found in Tally's records. */
async function ownPayment(userId: string, paymentIntentId: string) {
  const payment = await db().payment.findUnique({ where: { paymentIntentId } });
  if (!payment || payment.userId !== userId) throw new AppError("NOT_FOUND", "No such payment.");
  return payment;
}

const testCard = z.enum(Object.keys(TEST_CARDS) as [TestCard, ...TestCard[]]);

/** The portal's "Update payment method": the card Stripe charges renewals and retries to. */
export const setSandboxCard = authedAction(
  z.object({ card: testCard }),
  async ({ card }, { user }) => {
    requireTestMode();
    const customer = await customerOf(user.id);
    await (await stripe()).customers.update(customer, { invoice_settings: { default_payment_method: card } });
    return { card: TEST_CARDS[card].label };
  },
  { rateLimit: "mutation" },
);

/**
 * Paying an open invoice on the hosted invoice page: a payment waiting for 3-D Secure is confirmed by the
 * person (on session), any other is charged to the saved card — which may decline again.
 */
export const paySandboxInvoice = authedAction(
  z.object({ invoiceId: z.string().startsWith("in_").max(64) }),
  async ({ invoiceId }, { user }) => {
    requireTestMode();
    const customer = await customerOf(user.id);
    const client = await stripe();
    const invoice = await client.invoices.retrieve(invoiceId, { expand: ["payments"] }).catch(() => null);
    if (!invoice || invoice.customer !== customer) throw new AppError("NOT_FOUND", "No such invoice.");
    if (invoice.status === "paid") return { paid: true };
    const waitsForThePerson = (await openInvoiceState(invoice)) === "requires_action";
    const emulator = sandboxEmulator();
    await runSandboxStep(() =>
      waitsForThePerson ? emulator.confirmInvoicePayment(invoiceId) : emulator.retryInvoice(invoiceId),
    );
    // A decline is an answer, not an error: the page says it and offers the portal.
    return { paid: (await client.invoices.retrieve(invoiceId)).status === "paid" };
  },
  { rateLimit: "mutation" },
);

/** Smart Retries run out: Stripe marks the open invoices uncollectible and cancels the subscription. */
export const endSandboxRetries = authedAction(
  z.object({}),
  async (_input, { user }) => {
    requireTestMode();
    const subscription = await db().subscription.findUnique({ where: { userId: user.id } });
    if (!subscription) throw new AppError("NOT_FOUND", "You have no paid plan.");
    await runSandboxStep(() => sandboxEmulator().giveUpOnSubscription(subscription.stripeSubscriptionId));
    return { ended: true };
  },
  { rateLimit: "mutation" },
);

const paymentInput = z.object({ paymentIntentId: z.string().startsWith("pi_").max(64) });

/** A refund from Stripe's Dashboard: in full, or the given number of cents. */
export const refundSandboxPayment = authedAction(
  paymentInput.extend({ amountCents: z.number().int().positive().optional() }),
  async ({ paymentIntentId, amountCents }, { user }) => {
    requireTestMode();
    await ownPayment(user.id, paymentIntentId);
    await runSandboxStep(async () => {
      const events: SandboxEvent[] = [];
      await sandboxEmulator().refund(paymentIntentId, amountCents, events);
      return events;
    });
    return { refunded: true };
  },
  { rateLimit: "mutation" },
);

/** The cardholder disputes the payment with their bank. */
export const disputeSandboxPayment = authedAction(
  paymentInput,
  async ({ paymentIntentId }, { user }) => {
    requireTestMode();
    await ownPayment(user.id, paymentIntentId);
    await runSandboxStep(() => sandboxEmulator().openDispute(paymentIntentId));
    return { disputed: true };
  },
  { rateLimit: "mutation" },
);

/** The bank decides the payment's open dispute. */
export const closeSandboxDispute = authedAction(
  paymentInput.extend({ outcome: z.enum(["won", "lost"]) }),
  async ({ paymentIntentId, outcome }, { user }) => {
    requireTestMode();
    await ownPayment(user.id, paymentIntentId);
    const disputes = await (await stripe()).disputes.list({ payment_intent: paymentIntentId });
    const open = disputes.data.find((dispute) => OPEN_DISPUTE_STATUSES.includes(dispute.status));
    if (!open) throw new AppError("CONFLICT", "This payment has no open dispute.");
    await runSandboxStep(() => sandboxEmulator().closeDispute(open.id, outcome));
    return { outcome };
  },
  { rateLimit: "mutation" },
);
