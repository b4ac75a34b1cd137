import "server-only";
import { settleCommission } from "@/lib/affiliate/commissions";
import { confirmReversal, releaseReversal, reverseCredits } from "@/lib/credits";
import { db, isUniqueViolation, type PaymentKind } from "@/lib/db";
import { clawBackReferral } from "./referrals";
import { OPEN_DISPUTE_STATUSES } from "./sandbox/emulator";
import { stripe } from "./stripe";

export interface PaymentRecord {
  paymentIntentId: string;
  userId: string;
  kind: PaymentKind;
  sourceId: string;
  grantKey: string;
  credits: number;
  amountCents: number;
  paidAt: Date;
}

/**
 * Remembers what a confirmed payment bought, then applies whatever already went back at Stripe: a
 * refund or dispute can be delivered before the payment's own event, and must still take its credits.
 */
export async function recordPayment(payment: PaymentRecord) {
  const cardFingerprint = await cardFingerprintOf(payment.paymentIntentId);
  try {
    await db().payment.create({ data: { ...payment, cardFingerprint } });
    if (cardFingerprint) await recheckReferralsPaidWithCard(payment.userId, cardFingerprint);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  await reconcilePayment(payment.paymentIntentId);
}

/** The fingerprint Stripe gives the card that paid (the same card number, the same fingerprint). */
async function cardFingerprintOf(paymentIntentId: string) {
  const intent = await (await stripe()).paymentIntents.retrieve(paymentIntentId, { expand: ["latest_charge"] });
  const charge = intent.latest_charge;
  return (typeof charge === "object" && charge?.payment_method_details?.card?.fingerprint) || null;
}

/**
 * An affiliate paid with a card that a customer they referred paid with before: those commissions were
 * self-referrals after all, and are settled again (which takes them back).
 */
async function recheckReferralsPaidWithCard(payerId: string, cardFingerprint: string) {
  const referred = await db().payment.findMany({
    where: { cardFingerprint, userId: { not: payerId }, user: { referredBy: { referrerId: payerId } } },
    select: { paymentIntentId: true },
  });
  for (const { paymentIntentId } of referred) await reconcilePayment(paymentIntentId);
}

/** A referral bonus is taken back when its qualifying payment goes back within this many days. */
export const REFERRAL_CLAWBACK_DAYS = 30;

/**
 * Brings the credits a payment bought in line with its money at Stripe (re-read; any event about a
 * refund or dispute of the payment is only a trigger), exactly once per refund and dispute:
 * - each succeeded refund takes back the credits its share of the money bought (cumulative, so
 *   partial refunds, and a dispute of the rest, add up to the whole grant and never more);
 * - an open dispute freezes what is left of the disputed grant; won, it comes back; lost, it is
 *   taken like a refund;
 * - a refund or lost dispute within 30 days of the payment that converted a referral takes back
 *   what is left of both bonuses;
 * - the affiliate who referred the payer (if any) earns 25 % of what the payment still holds, pending
 *   while a dispute is open.
 * A payment Tally never granted for (unknown here) changes nothing.
 */
export async function reconcilePayment(paymentIntentId: string, now = new Date()) {
  const payment = await db().payment.findUnique({ where: { paymentIntentId } });
  if (!payment) return;
  const client = await stripe();
  const [refunds, disputes] = await Promise.all([
    client.refunds.list({ payment_intent: paymentIntentId, limit: 100 }),
    client.disputes.list({ payment_intent: paymentIntentId, limit: 100 }),
  ]);
  const { userId, credits, amountCents, grantKey } = payment;
  const shareOf = { cents: amountCents, credits };
  const fromOtherBuckets = payment.kind === "PACK";
  let wentBackAt: Date | null = null;
  let wentBackCents = 0;

  for (const refund of refunds.data
    .filter((candidate) => candidate.status === "succeeded")
    .sort((a, b) => a.created - b.created)) {
    await reverseCredits({
      id: `refund:${refund.id}`,
      userId,
      paymentIntentId,
      kind: "REFUND",
      status: "TAKEN",
      amountCents: refund.amount,
      shareOf,
      grantKey,
      fromOtherBuckets,
      now,
    });
    wentBackAt ??= new Date(refund.created * 1000);
    wentBackCents += refund.amount;
  }

  for (const dispute of disputes.data) {
    const id = `dispute:${dispute.id}`;
    const common = {
      id,
      userId,
      paymentIntentId,
      kind: "DISPUTE" as const,
      amountCents: dispute.amount,
      shareOf,
      grantKey,
      now,
    };
    if (OPEN_DISPUTE_STATUSES.includes(dispute.status)) {
      // Only the disputed grant's own credits are frozen: the person keeps using the rest.
      await reverseCredits({ ...common, status: "FROZEN", fromOtherBuckets: false });
    } else if (dispute.status === "lost") {
      await reverseCredits({ ...common, status: "TAKEN", fromOtherBuckets });
      await confirmReversal({ id, userId, takeShortfallFromOtherBuckets: fromOtherBuckets, now });
      wentBackAt ??= new Date(dispute.created * 1000);
      wentBackCents += dispute.amount;
    } else {
      await releaseReversal({ id, userId, now });
    }
  }

  if (wentBackAt && wentBackAt.getTime() - payment.paidAt.getTime() <= REFERRAL_CLAWBACK_DAYS * 86_400_000) {
    await clawBackReferral({ refereeId: userId, paymentIntentId, now });
  }
  const dispute = disputes.data.some((candidate) => OPEN_DISPUTE_STATUSES.includes(candidate.status))
    ? "open"
    : disputes.data.length > 0
      ? "decided"
      : "none";
  await settleCommission({ payment, netCents: amountCents - wentBackCents, dispute, now });
}
