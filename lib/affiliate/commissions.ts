import "server-only";
import { addDays, addMonths } from "date-fns";
import { AFFILIATE_TERMS, commissionCents } from "@/config/affiliate";
import { db, isUniqueViolation } from "@/lib/db";

/** Gmail-style aliases (`me+tally@…`, `m.e@gmail.com`) are one inbox: an affiliate cannot refer themselves through one. */
export function inboxOf(email: string) {
  const [local = "", domain = ""] = email.toLowerCase().split("@");
  const base = local.split("+")[0]!;
  return `${["gmail.com", "googlemail.com"].includes(domain) ? base.replaceAll(".", "") : base}@${domain}`;
}

interface PaymentOfCustomer {
  paymentIntentId: string;
  userId: string;
  amountCents: number;
  paidAt: Date;
}

/**
 * The affiliate's commission on one payment of a customer they referred, brought in line with the money:
 * created once (keyed by the payment), 25 % of what the payment still holds after refunds and lost
 * disputes (`netCents`, re-read from Stripe by the caller). Before it is paid out the commission itself
 * shrinks, and is reversed when nothing is left; once paid out, what went back becomes a negative
 * earning (a clawback) taken from the next payout, keyed by the commission it leaves, so repeating this
 * changes nothing. No commission for a customer referred more than 12 months before paying, by someone
 * who is not an affiliate, or by the customer's own inbox.
 */
export async function settleCommission({
  payment,
  netCents,
  now = new Date(),
}: {
  payment: PaymentOfCustomer;
  netCents: number;
  now?: Date;
}) {
  const referral = await db().referral.findUnique({
    where: { refereeId: payment.userId },
    select: {
      createdAt: true,
      referrerId: true,
      referee: { select: { email: true } },
      referrer: { select: { email: true, affiliate: { select: { userId: true } } } },
    },
  });
  if (!referral?.referrer.affiliate) return { commission: null };
  if (payment.paidAt > addMonths(referral.createdAt, AFFILIATE_TERMS.commissionMonths)) return { commission: null };
  if (inboxOf(referral.referrer.email) === inboxOf(referral.referee.email)) return { commission: null };

  const id = `commission:${payment.paymentIntentId}`;
  const cents = commissionCents(netCents);
  try {
    await db().affiliateEarning.create({
      data: {
        id,
        affiliateId: referral.referrerId,
        refereeId: payment.userId,
        paymentIntentId: payment.paymentIntentId,
        kind: "COMMISSION",
        paymentCents: netCents,
        earnedCents: commissionCents(payment.amountCents),
        cents,
        status: cents > 0 ? "PENDING" : "REVERSED",
        approvesAt: addDays(payment.paidAt, AFFILIATE_TERMS.pendingDays),
        createdAt: payment.paidAt,
      },
    });
    return { commission: id };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }

  // Not paid out yet: the commission itself follows the money (a compare-and-swap against a payout claiming it).
  const { count } = await db().affiliateEarning.updateMany({
    where: { id, payoutId: null, status: { in: ["PENDING", "APPROVED"] }, cents: { gt: cents } },
    data: { cents, paymentCents: netCents, ...(cents === 0 ? { status: "REVERSED" } : {}) },
  });
  if (count > 0) return { commission: id };

  const paid = await db().affiliateEarning.findUniqueOrThrow({ where: { id } });
  if (paid.status !== "PAID") return { commission: id };
  const { _sum } = await db().affiliateEarning.aggregate({
    where: { paymentIntentId: payment.paymentIntentId, kind: "CLAWBACK" },
    _sum: { cents: true },
  });
  const stillCredited = paid.cents + (_sum.cents ?? 0);
  if (stillCredited <= cents) return { commission: id };
  try {
    await db().affiliateEarning.create({
      data: {
        id: `clawback:${payment.paymentIntentId}:${cents}`,
        affiliateId: paid.affiliateId,
        refereeId: paid.refereeId,
        paymentIntentId: payment.paymentIntentId,
        kind: "CLAWBACK",
        paymentCents: netCents,
        earnedCents: 0,
        cents: cents - stillCredited,
        status: "APPROVED",
        approvesAt: now,
        createdAt: now,
      },
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  return { commission: id };
}

/** Commissions whose refund window is over become approved; run by the `affiliate.approve` job (idempotent). */
export async function approveDueEarnings(now = new Date()) {
  const { count } = await db().affiliateEarning.updateMany({
    where: { status: "PENDING", approvesAt: { lte: now } },
    data: { status: "APPROVED" },
  });
  return count;
}
