import "server-only";
import Stripe from "stripe";
import { AFFILIATE_TERMS } from "@/config/affiliate";
import { moneyPayoutsEnabled, stripe } from "@/lib/billing/stripe";
import { db, isUniqueViolation } from "@/lib/db";
import { log } from "@/lib/log";
import { reconcilePayment } from "@/lib/billing/payments";
import { syncConnectAccount } from "./connect";

/** One payout in money per affiliate per month (UTC): the id makes the monthly job idempotent across instances. */
export const transferPayoutId = (userId: string, now: Date) => `transfer:${userId}:${now.toISOString().slice(0, 7)}`;

class BelowMinimum extends Error {}

/**
 * Claims this month's payout in money for one affiliate: every approved, unpaid earning
 * (clawbacks and returned money included) is taken by a payout row with a compare-and-swap, in one
 * transaction that is rolled back when the sum is under the $25 minimum. The row exists before any
 * money moves, so a crash leaves a payout to send, never a transfer Tally does not know about.
 */
async function claimTransfer(userId: string, now: Date) {
  const id = transferPayoutId(userId, now);
  try {
    await db().$transaction(async (tx) => {
      await tx.affiliatePayout.create({
        data: { id, affiliateId: userId, method: "TRANSFER", status: "SENDING", cents: 0, credits: 0, createdAt: now },
      });
      await tx.affiliateEarning.updateMany({
        where: { affiliateId: userId, status: "APPROVED", payoutId: null },
        data: { status: "PAID", payoutId: id },
      });
      const { _sum } = await tx.affiliateEarning.aggregate({ where: { payoutId: id }, _sum: { cents: true } });
      const cents = _sum.cents ?? 0;
      if (cents < AFFILIATE_TERMS.transferMinimumCents) throw new BelowMinimum();
      await tx.affiliatePayout.update({ where: { id }, data: { cents } });
    });
    return id;
  } catch (error) {
    // Under the minimum: nothing claimed. Already claimed this month (here or by another instance): nothing to do.
    if (error instanceof BelowMinimum || isUniqueViolation(error)) return null;
    throw error;
  }
}

/**
 * Stripe refused the transfer: the payout failed, and its earnings are approved again for a later one.
 * Their payments are then settled again: a refund or a dispute that came while they were being sent
 * found them paid out, and must now apply to them as unpaid commissions.
 */
async function failTransfer(payoutId: string, failure: string) {
  const released = await db().$transaction(async (tx) => {
    const { count } = await tx.affiliatePayout.updateMany({
      where: { id: payoutId, status: "SENDING" },
      data: { status: "FAILED", failure },
    });
    if (count === 0) return [];
    const earnings = await tx.affiliateEarning.findMany({ where: { payoutId }, select: { paymentIntentId: true } });
    await tx.affiliateEarning.updateMany({ where: { payoutId }, data: { status: "APPROVED", payoutId: null } });
    return earnings;
  });
  for (const { paymentIntentId } of released) if (paymentIntentId) await reconcilePayment(paymentIntentId);
}

/** A transfer of this payout exists at Stripe: the payout is paid (once, whoever learns it first). */
async function markTransferred(payoutId: string, transferId: string) {
  await db().affiliatePayout.updateMany({
    where: { id: payoutId, status: "SENDING" },
    data: { status: "PAID", transferId },
  });
}

/**
 * Sends a claimed payout as one Stripe transfer, exactly once: a transfer already made for it (found by
 * its transfer_group, which outlives Stripe's 24-hour idempotency keys) is adopted, and a new one is made
 * with the payout id as idempotency key. Stripe's refusal (the account cannot receive transfers) fails the
 * payout; the platform's balance being short, a network or a Stripe error leaves it to be sent again.
 */
async function sendTransfer(payout: { id: string; affiliateId: string; cents: number; attempts: number }) {
  const affiliate = await db().affiliate.findUnique({ where: { userId: payout.affiliateId } });
  if (!affiliate?.connectAccountId) return failTransfer(payout.id, "No Stripe account to pay.");
  const client = await stripe();
  const made = await client.transfers.list({ transfer_group: payout.id, limit: 1 });
  let transfer = made.data[0];
  if (!transfer) {
    try {
      // Stripe keeps an answer under its key for 24 hours, a refusal too: each new attempt needs its own key.
      const idempotencyKey = payout.attempts === 0 ? payout.id : `${payout.id}:${payout.attempts}`;
      transfer = await client.transfers.create(
        {
          amount: payout.cents,
          currency: "usd",
          destination: affiliate.connectAccountId,
          transfer_group: payout.id,
          description: "Tally affiliate earnings",
          metadata: { payoutId: payout.id, userId: payout.affiliateId },
        },
        { idempotencyKey },
      );
    } catch (error) {
      if (!(error instanceof Stripe.errors.StripeInvalidRequestError)) throw error;
      if (error.code === "balance_insufficient") {
        // The platform's own balance is short: not the affiliate's doing, so the payout waits for the job's retries.
        await db().affiliatePayout.updateMany({
          where: { id: payout.id, status: "SENDING", attempts: payout.attempts },
          data: { attempts: { increment: 1 } },
        });
        throw error;
      }
      await failTransfer(payout.id, error.message);
      await syncConnectAccount(affiliate.connectAccountId);
      return;
    }
  }
  await markTransferred(payout.id, transfer.id);
}

/**
 * The monthly payouts in money (job `affiliate.transfer`, on the 1st): each affiliate whose account can
 * receive transfers (read again from Stripe when it could not) and whose approved earnings reach $25 gets
 * one transfer; then every payout still being sent (this month's, or one a crash left) is sent. One affiliate's trouble never stops the others;
 * the job fails at the end (and is retried) if any did. `only` limits it to one affiliate (test mode's button).
 */
export async function sendMonthlyTransfers(now = new Date(), { only }: { only?: string } = {}) {
  if (!moneyPayoutsEnabled()) return { claimed: [], sent: 0 };
  const failures: unknown[] = [];
  const affiliates = await db().affiliate.findMany({
    where: { connectAccountId: { not: null }, ...(only ? { userId: only } : {}) },
    select: { userId: true, connectAccountId: true, transfersEnabled: true },
  });
  const claimed: string[] = [];
  for (const { userId, connectAccountId, transfersEnabled } of affiliates) {
    try {
      // An account not ready when Tally last heard is read again: its account.updated may never have come.
      if (!transfersEnabled && !(await syncConnectAccount(connectAccountId!)).transfersEnabled) continue;
      const payoutId = await claimTransfer(userId, now);
      if (payoutId) claimed.push(payoutId);
    } catch (error) {
      failures.push(error);
      log.error({ err: error, userId }, "affiliate transfer could not be claimed");
    }
  }
  const sending = await db().affiliatePayout.findMany({
    where: { status: "SENDING", ...(only ? { affiliateId: only } : {}) },
  });
  for (const payout of sending) {
    try {
      await sendTransfer(payout);
    } catch (error) {
      failures.push(error);
      log.error({ err: error, payoutId: payout.id }, "affiliate transfer could not be sent; the job will retry");
    }
  }
  if (failures.length > 0) throw new AggregateError(failures, `${failures.length} affiliate transfers failed`);
  return { claimed, sent: sending.length };
}

/**
 * The payout a transfer (re-read from Stripe) was made for, by its metadata or transfer_group, marked paid
 * if Tally had not heard of the transfer yet (its own answer lost, and this event first).
 */
async function payoutOfTransfer(transfer: Stripe.Transfer) {
  const payoutId = transfer.metadata?.payoutId ?? transfer.transfer_group;
  if (!payoutId) return null;
  await markTransferred(payoutId, transfer.id);
  const payout = await db().affiliatePayout.findUnique({ where: { id: payoutId } });
  if (payout?.status === "FAILED")
    log.error({ payoutId, transferId: transfer.id }, "a transfer exists for a payout Tally recorded as failed");
  return payout?.transferId === transfer.id ? payout : null;
}

/** `transfer.created`: the transfer Stripe made marks its payout paid, if Tally's own answer was lost. */
export async function recordTransfer(transferId: string) {
  await payoutOfTransfer(await (await stripe()).transfers.retrieve(transferId));
}

/**
 * `transfer.reversed`: money of a payout came back from the affiliate's account. The earnings are the
 * record of what the affiliate is owed, and a reversal only moves money: each reversal (re-read from
 * Stripe) becomes approved earnings again, exactly once (keyed by the reversal), so it is paid with a later
 * payout — unless a clawback (a refund of the customer's payment) says it is not owed, in which case the
 * two cancel and the affiliate gives the money back once, not twice. The payout remembers what came back.
 */
export async function recordTransferReversals(transferId: string, now = new Date()) {
  const client = await stripe();
  const transfer = await client.transfers.retrieve(transferId);
  const payout = await payoutOfTransfer(transfer);
  if (!payout) return;
  const reversals = await client.transfers.listReversals(transfer.id, { limit: 100 });
  for (const reversal of reversals.data) {
    try {
      await db().affiliateEarning.create({
        data: {
          id: `returned:${reversal.id}`,
          affiliateId: payout.affiliateId,
          kind: "RETURNED",
          paymentCents: 0,
          earnedCents: 0,
          cents: reversal.amount,
          status: "APPROVED",
          approvesAt: now,
          createdAt: new Date(reversal.created * 1000),
        },
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  const returned = reversals.data.reduce((sum, reversal) => sum + reversal.amount, 0);
  await db().affiliatePayout.updateMany({
    where: { id: payout.id, reversedCents: { lt: returned } },
    data: { reversedCents: returned },
  });
}
