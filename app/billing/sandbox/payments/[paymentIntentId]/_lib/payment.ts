import "server-only";
import { OPEN_DISPUTE_STATUSES } from "@/lib/billing/sandbox/emulator";
import { stripe } from "@/lib/billing/stripe";
import { db } from "@/lib/db";

/**
 * One of the person's own payments as Stripe's Dashboard would show it (charged, refunded, disputed),
 * with what Tally took back or froze because of it. Null when it is not theirs.
 */
export async function getSandboxPayment({ userId, paymentIntentId }: { userId: string; paymentIntentId: string }) {
  const payment = await db().payment.findUnique({ where: { paymentIntentId } });
  if (!payment || payment.userId !== userId) return null;
  const client = await stripe();
  const intent = await client.paymentIntents.retrieve(paymentIntentId);
  const chargeId = typeof intent.latest_charge === "string" ? intent.latest_charge : intent.latest_charge?.id;
  const [charge, disputes, reversals] = await Promise.all([
    chargeId ? client.charges.retrieve(chargeId) : null,
    client.disputes.list({ payment_intent: paymentIntentId }),
    db().creditReversal.findMany({
      where: { userId, paymentIntentId, kind: { not: "REFERRAL" } },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  const dispute = disputes.data[0] ?? null;
  return {
    paymentIntentId,
    kind: payment.kind,
    sourceId: payment.sourceId,
    credits: payment.credits,
    paidAt: payment.paidAt,
    amountCents: charge?.amount ?? payment.amountCents,
    refundedCents: charge?.amount_refunded ?? 0,
    dispute: dispute && {
      status: dispute.status,
      open: OPEN_DISPUTE_STATUSES.includes(dispute.status),
      amountCents: dispute.amount,
    },
    reversals: reversals.map(({ id, kind, status, amountCents, taken, shortfall }) => ({
      id,
      kind,
      status,
      amountCents,
      taken,
      shortfall,
    })),
  };
}

export type SandboxPayment = NonNullable<Awaited<ReturnType<typeof getSandboxPayment>>>;
