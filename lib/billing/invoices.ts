import "server-only";
import type Stripe from "stripe";
import { formatUsd, PLANS, type PlanId } from "@/config/plans";
import { ledgerTx, startPeriodInTx, upgradeAllowanceInTx } from "@/lib/credits";
import { db, type PaymentProblemKind } from "@/lib/db";
import { sendEmail } from "@/lib/email/send";
import { recordPayment } from "./payments";
import { convertReferral } from "./referrals";
import { appUrl, planForPrice, stripe } from "./stripe";
import { currentPeriod, customerIdOf, syncSubscription, userIdForCustomer } from "./subscriptions";

export function subscriptionOf(invoice: Stripe.Invoice) {
  const parent = (invoice as { parent?: { subscription_details?: { subscription?: string | { id: string } } } }).parent;
  const legacy = (invoice as { subscription?: string | { id: string } }).subscription;
  const ref = parent?.subscription_details?.subscription ?? legacy;
  return typeof ref === "string" ? ref : ref?.id;
}

/** What the invoice bills for: the plan of its charged line (a proration's credit line is negative) and that line's period. */
export function billedPlan(invoice: Stripe.Invoice) {
  const line = invoice.lines.data.filter((candidate) => candidate.amount > 0).at(-1) ?? invoice.lines.data[0];
  const details = (line as { pricing?: { price_details?: { price?: string | { id: string } } } } | undefined)?.pricing
    ?.price_details?.price;
  const priceId = typeof details === "string" ? details : details?.id;
  const plan = priceId ? planForPrice(priceId) : null;
  return {
    plan,
    period: line ? { start: new Date(line.period.start * 1000), end: new Date(line.period.end * 1000) } : null,
  };
}

function paymentIntentOf(invoice: Stripe.Invoice, status = "paid") {
  const payment = invoice.payments?.data.find((candidate) => candidate.status === status)?.payment;
  const intent = payment?.payment_intent;
  return typeof intent === "string" ? intent : (intent?.id ?? null);
}

/**
 * A subscription invoice is paid (re-read from Stripe; the event is only a trigger), and credits follow
 * the money, once per invoice whatever the order of events:
 * - a period's invoice (first payment, renewal, a retry that finally succeeded) starts that period with
 *   its plan's allowance — unless the person is already in a later period, or that period is over;
 * - an upgrade's proration invoice grants the new plan's allowance minus what this period already had.
 * The payment is recorded so a later refund or dispute can take back what it bought.
 */
export async function settleInvoice(invoiceId: string, now = new Date()) {
  const invoice = await (await stripe()).invoices.retrieve(invoiceId, { expand: ["payments"] });
  const subscriptionId = subscriptionOf(invoice);
  if (invoice.status !== "paid" || !subscriptionId) return { granted: false };
  const synced = await syncSubscription(subscriptionId, now);
  const { userId } = synced;
  await db().paymentProblem.updateMany({ where: { invoiceId, resolvedAt: null }, data: { resolvedAt: now } });
  const subscription = "subscription" in synced ? synced.subscription : undefined;
  if (!subscription) return { granted: false }; // the subscription has ended
  const { plan, period } = billedPlan(invoice);
  if (!plan || !period) throw new Error(`invoice ${invoiceId} bills no known plan`);

  const grantKey = await ledgerTx(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { plan: true, periodStart: true } });
    if (invoice.billing_reason === "subscription_update") {
      const current = currentPeriod(subscription);
      if (
        current.start.getTime() !== user.periodStart.getTime() ||
        PLANS[plan].monthlyCredits <= PLANS[user.plan].monthlyCredits
      )
        return null;
      await tx.user.update({ where: { id: userId }, data: { plan } });
      const { granted, grantKey } = await upgradeAllowanceInTx(tx, {
        userId,
        plan,
        period: { start: user.periodStart, end: current.end },
        now,
      });
      return granted ? grantKey : null;
    }
    // A paid period replaces a Free one whenever it starts (Stripe's seconds may even fall before Free's
    // start), and a later paid period an earlier one; an invoice for a period already over buys nothing.
    const later = user.plan === "FREE" || period.start > user.periodStart;
    if (!later || period.end <= now) return null;
    // Compare-and-swap on the period start: one of several concurrent deliveries starts the period.
    const { count } = await tx.user.updateMany({
      where: { id: userId, periodStart: user.periodStart },
      data: { plan, periodStart: period.start, periodEnd: period.end },
    });
    if (count === 0) return null;
    await tx.subscription.updateMany({ where: { userId }, data: { scheduledPlan: null } });
    const { granted, grantKey } = await startPeriodInTx(tx, { userId, plan, period, now });
    return granted ? grantKey : null;
  });

  const paymentIntentId = paymentIntentOf(invoice);
  if (grantKey && paymentIntentId) {
    const bucket = await db().creditBucket.findUniqueOrThrow({
      where: { userId_grantKey: { userId, grantKey } },
      select: { granted: true },
    });
    await recordPayment({
      paymentIntentId,
      userId,
      kind: "PLAN",
      sourceId: invoice.id,
      grantKey,
      credits: bucket.granted,
      amountCents: invoice.amount_paid,
      paidAt: now,
    });
  }
  if (invoice.amount_paid > 0) await convertReferral(userId, paymentIntentId);
  return { granted: grantKey !== null };
}

/**
 * Stripe could not collect a plan invoice (declined, or it waits for 3-D Secure): nothing is granted;
 * the person sees what failed, for how much and what it would bring, and is emailed once per invoice.
 * An invoice that is no longer open (paid meanwhile, voided) is not a problem any more.
 */
export async function recordPaymentProblem(invoiceId: string, reported: PaymentProblemKind, now = new Date()) {
  const client = await stripe();
  const invoice = await client.invoices.retrieve(invoiceId, { expand: ["payments"] });
  const customerId = customerIdOf(invoice);
  if (!subscriptionOf(invoice) || !customerId) return { recorded: false };
  if (invoice.status !== "open") {
    await db().paymentProblem.updateMany({ where: { invoiceId, resolvedAt: null }, data: { resolvedAt: now } });
    return { recorded: false };
  }
  const userId = await userIdForCustomer(customerId);
  const { plan } = billedPlan(invoice);
  if (!userId || !plan) throw new Error(`invoice ${invoiceId} has no known person or plan`);
  // The attempt's PaymentIntent says what is wrong now (events of several attempts may arrive in any order).
  const intentId = paymentIntentOf(invoice, "open");
  const intent = intentId ? await client.paymentIntents.retrieve(intentId) : null;
  const kind: PaymentProblemKind =
    intent?.status === "requires_action"
      ? "ACTION_REQUIRED"
      : intent?.status === "requires_payment_method"
        ? "DECLINED"
        : reported;
  const details = { kind, plan, amountCents: invoice.amount_due, invoiceUrl: invoice.hosted_invoice_url ?? null };
  await db().paymentProblem.upsert({
    where: { invoiceId },
    create: { invoiceId, userId, failedAt: now, ...details },
    update: details,
  });
  const { count } = await db().paymentProblem.updateMany({
    where: { invoiceId, emailedAt: null },
    data: { emailedAt: now },
  });
  if (count === 1) await emailPaymentProblem(userId, { kind, plan, amountCents: invoice.amount_due });
  return { recorded: true, kind, invoiceUrl: details.invoiceUrl };
}

async function emailPaymentProblem(
  userId: string,
  { kind, plan, amountCents }: { kind: PaymentProblemKind; plan: PlanId; amountCents: number },
) {
  const { email } = await db().user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
  const credits = PLANS[plan].monthlyCredits.toLocaleString("en-US");
  const billing = `${appUrl()}/settings/billing`;
  await sendEmail(
    kind === "DECLINED"
      ? {
          to: email,
          subject: `Your Tally payment of ${formatUsd(amountCents)} failed`,
          heading: "Your payment failed",
          paragraphs: [
            `We could not charge your card ${formatUsd(amountCents)} for the ${PLANS[plan].name} plan. Update your card to get your ${credits} monthly credits.`,
            "You keep every feature and the credits you have; the new monthly credits arrive once the payment goes through.",
          ],
          action: { label: "Update your card", url: billing },
        }
      : {
          to: email,
          subject: `Confirm your Tally payment of ${formatUsd(amountCents)}`,
          heading: "Confirm your payment",
          paragraphs: [
            `Your bank asks you to confirm the payment of ${formatUsd(amountCents)} for the ${PLANS[plan].name} plan. Confirm it to get your ${credits} monthly credits.`,
          ],
          action: { label: "Confirm the payment", url: billing },
        },
  );
}
