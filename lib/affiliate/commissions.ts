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
  cardFingerprint: string | null;
}

/**
 * The affiliate's commission on one payment of a customer they referred, brought in line with the money:
 * created once (keyed by the payment), 25 % of what the payment still holds after refunds and lost
 * disputes (`netCents`, re-read from Stripe by the caller). Before it is paid out the commission itself
 * shrinks, and is reversed when nothing is left; while the payment has an open dispute it stays pending
 * (`disputed`), so it is neither approved nor paid out until the bank decides (`dispute`); once paid out, what went
 * back becomes a negative earning (a clawback) taken from the next payout, keyed by the commission it
 * leaves, so repeating this changes nothing. No commission for a customer referred more than 12 months
 * before paying, by someone who is not an affiliate, or by the affiliate themselves: the customer's inbox
 * is theirs, or the card paid with is one the affiliate paid with too (learned later, it takes the
 * commission back like a refund of everything).
 */
export async function settleCommission({
  payment,
  netCents,
  dispute,
  now = new Date(),
}: {
  payment: PaymentOfCustomer;
  netCents: number;
  /**
   * What Stripe says of the payment's disputes: one open, all decided, or none. None changes nothing: a
   * read made before a dispute was opened, finishing after one that saw it, must not clear it.
   */
  dispute: "open" | "decided" | "none";
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
  const sameCard =
    payment.cardFingerprint !== null &&
    (await db().payment.count({
      where: { userId: referral.referrerId, cardFingerprint: payment.cardFingerprint },
    })) > 0;

  const id = `commission:${payment.paymentIntentId}`;
  const cents = sameCard ? 0 : commissionCents(netCents);
  if (sameCard && !(await db().affiliateEarning.findUnique({ where: { id }, select: { id: true } })))
    return { commission: null };
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
        disputed: dispute === "open" && cents > 0,
        approvesAt: addDays(payment.paidAt, AFFILIATE_TERMS.pendingDays),
        createdAt: payment.paidAt,
      },
    });
    return { commission: id };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }

  // What clawbacks already took back of this commission (while it was paid out, or being sent in a payout
  // that then failed): the commission and its clawbacks together must come to the commission on the net.
  const { _sum } = await db().affiliateEarning.aggregate({
    where: { paymentIntentId: payment.paymentIntentId, kind: "CLAWBACK" },
    _sum: { cents: true },
  });
  const clawedBack = _sum.cents ?? 0;
  const unpaid = cents - clawedBack;

  // Not paid out yet: the commission itself follows the money and the dispute (a compare-and-swap against a
  // payout claiming it; it only ever shrinks, so a stale read of Stripe cannot give back what went).
  const { count } = await db().affiliateEarning.updateMany({
    where: { id, payoutId: null, status: { in: ["PENDING", "APPROVED"] }, cents: { gte: unpaid } },
    data:
      unpaid === 0
        ? { cents: 0, paymentCents: netCents, status: "REVERSED", disputed: false }
        : {
            cents: unpaid,
            paymentCents: netCents,
            ...(dispute === "open" ? { disputed: true, status: "PENDING" } : {}),
            ...(dispute === "decided" ? { disputed: false } : {}),
          },
  });
  if (count > 0) return { commission: id };

  const paid = await db().affiliateEarning.findUniqueOrThrow({ where: { id } });
  if (paid.status !== "PAID") return { commission: id };
  const stillCredited = paid.cents + clawedBack;
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

/**
 * Commissions whose refund window is over, and whose payment is not disputed, become approved; run by the
 * `affiliate.approve` job (idempotent).
 */
export async function approveDueEarnings(now = new Date()) {
  const { count } = await db().affiliateEarning.updateMany({
    where: { status: "PENDING", disputed: false, approvesAt: { lte: now } },
    data: { status: "APPROVED" },
  });
  return count;
}
