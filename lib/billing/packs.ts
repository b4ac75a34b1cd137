import "server-only";
import { grant } from "@/lib/credits";
import { db } from "@/lib/db";
import { checkLowBalance } from "./alerts";
import { recordPayment } from "./payments";
import { convertReferral } from "./referrals";
import { stripe } from "./stripe";

/**
 * Credits a pack once Stripe says its Checkout Session is paid (re-read from Stripe, never taken
 * from the event): the grant is keyed by the session id, so repeated or reordered webhooks grant once.
 * An unpaid session (an asynchronous payment still pending) grants nothing yet.
 */
export async function settlePackPurchase(sessionId: string) {
  const session = await (await stripe()).checkout.sessions.retrieve(sessionId);
  const purchase = await db().packPurchase.findUnique({ where: { checkoutSessionId: sessionId } });
  if (!purchase) throw new Error(`no pack purchase for Checkout Session ${sessionId}`);
  if (session.payment_status !== "paid") return { granted: false };
  const grantKey = `pack:${sessionId}`;
  const { granted } = await grant({ userId: purchase.userId, source: "PACK", amount: purchase.credits, grantKey });
  const paidAt = new Date();
  await db().packPurchase.updateMany({
    where: { id: purchase.id, status: { not: "PAID" } },
    data: { status: "PAID", paidAt },
  });
  const paymentIntentId =
    typeof session.payment_intent === "string" ? session.payment_intent : (session.payment_intent?.id ?? null);
  if (paymentIntentId) {
    await recordPayment({
      paymentIntentId,
      userId: purchase.userId,
      kind: "PACK",
      sourceId: sessionId,
      grantKey,
      credits: purchase.credits,
      amountCents: session.amount_total ?? purchase.amountCents,
      paidAt,
    });
  }
  await convertReferral(purchase.userId, paymentIntentId);
  await checkLowBalance(purchase.userId);
  return { granted };
}

/** An asynchronous payment failed: the purchase is marked failed (unless it was already paid). */
export async function failPackPurchase(sessionId: string) {
  await db().packPurchase.updateMany({
    where: { checkoutSessionId: sessionId, status: "PENDING" },
    data: { status: "FAILED" },
  });
}

/**
 * A checkout left unpaid has expired at Stripe (re-read, never taken from the event): the purchase is
 * marked expired, unless it was paid or failed meanwhile. Repeating it changes nothing.
 */
export async function expirePackPurchase(sessionId: string) {
  const session = await (await stripe()).checkout.sessions.retrieve(sessionId);
  if (session.status !== "expired") return { expired: false };
  const { count } = await db().packPurchase.updateMany({
    where: { checkoutSessionId: sessionId, status: "PENDING" },
    data: { status: "EXPIRED" },
  });
  return { expired: count > 0 };
}
