import type { CreditBucket, ReversalKind } from "@/lib/db";
import { isUniqueViolation, type Tx } from "@/lib/db";
import { lockWallet, SPEND_ORDER_BY } from "./buckets";
import { LedgerInvariantError } from "./invariant-error";
import { ledgerTx } from "./transaction";

export interface ReverseInput {
  /** Idempotency key: "refund:re_…", "dispute:dp_…", "referral:…". One reversal per key, ever. */
  id: string;
  userId: string;
  paymentIntentId: string;
  kind: ReversalKind;
  /** TAKEN for good, or FROZEN (an open dispute) until `releaseReversal` or `confirmReversal`. */
  status: "TAKEN" | "FROZEN";
  amountCents: number;
  /** Credits the money that went back had bought (a refund or dispute gives `shareOf` instead). */
  credits?: number;
  /**
   * A refund or dispute: the whole payment. Its credits are the share of everything that went back of
   * the payment so far (refunds, disputes not won), less what those earlier reversals took — worked out
   * here, under the wallet lock, so partial refunds and a dispute of the rest add up to the whole grant
   * in whatever order they are recorded (two refunds in the same second come back in either order).
   */
  shareOf?: { cents: number; credits: number };
  /** The grant those credits came from: taken from first. */
  grantKey: string;
  /**
   * Whether what that grant no longer has may be taken from the person's other credits (spend order).
   * A pack's credits are fungible, so a refunded pack takes back what it bought from the whole balance;
   * a plan period's allowance and a bonus only give back what is left of themselves.
   */
  fromOtherBuckets: boolean;
  now?: Date;
}

export interface ReverseOutcome {
  reversed: boolean;
  taken: number;
  shortfall: number;
}

/**
 * Takes credits back because their money went back, in one transaction and exactly once per key:
 * REVERSE entries from the grant's bucket first (then, if allowed, the other buckets in spend order),
 * never below zero — credits already spent (or held by a request in flight) are recorded as the
 * shortfall. Refunds and disputes of one payment never take back more than it bought in total.
 */
export async function reverseCredits(input: ReverseInput): Promise<ReverseOutcome> {
  try {
    return await ledgerTx((tx) => reverseInTx(tx, input));
  } catch (error) {
    if (isUniqueViolation(error)) return { reversed: false, taken: 0, shortfall: 0 };
    throw error;
  }
}

async function reverseInTx(tx: Tx, input: ReverseInput): Promise<ReverseOutcome> {
  const {
    id,
    userId,
    paymentIntentId,
    kind,
    status,
    amountCents,
    grantKey,
    fromOtherBuckets,
    now = new Date(),
  } = input;
  await lockWallet(tx, userId, now);
  if (await tx.creditReversal.findUnique({ where: { id }, select: { id: true } }))
    return { reversed: false, taken: 0, shortfall: 0 };
  const requested = input.shareOf ? await paymentShare(tx, input, input.shareOf) : input.credits;
  if (requested === undefined || !Number.isInteger(requested) || requested < 0)
    throw new LedgerInvariantError(`reversal ${id} of ${requested} credits`);
  const bucket = await tx.creditBucket.findUnique({ where: { userId_grantKey: { userId, grantKey } } });
  if (!bucket) throw new LedgerInvariantError(`reversal ${id}: user ${userId} has no grant ${grantKey}`);

  const earlier =
    kind === "REFERRAL"
      ? 0
      : ((
          await tx.creditReversal.aggregate({
            where: { userId, paymentIntentId, kind: { not: "REFERRAL" }, status: { not: "RELEASED" } },
            _sum: { credits: true },
          })
        )._sum.credits ?? 0);
  const credits = Math.max(0, Math.min(requested, bucket.granted - earlier));
  await tx.creditReversal.create({
    data: {
      id,
      userId,
      paymentIntentId,
      kind,
      status,
      amountCents,
      credits,
      taken: 0,
      shortfall: credits,
      createdAt: now,
    },
  });

  const sources = fromOtherBuckets ? [bucket, ...(await otherBuckets(tx, userId, bucket.id))] : [bucket];
  const taken = await takeInTx(tx, { id, userId, credits, sources, now });
  await tx.creditReversal.update({
    where: { id },
    data: { taken, shortfall: credits - taken, closedAt: status === "TAKEN" ? now : null },
  });
  return { reversed: true, taken, shortfall: credits - taken };
}

/** Cumulative: floor(credits × cents gone back so far ÷ cents paid), less what earlier reversals took. */
async function paymentShare(
  tx: Tx,
  { userId, paymentIntentId, amountCents }: ReverseInput,
  payment: { cents: number; credits: number },
) {
  const earlier = await tx.creditReversal.aggregate({
    where: { userId, paymentIntentId, kind: { not: "REFERRAL" }, status: { not: "RELEASED" } },
    _sum: { amountCents: true, credits: true },
  });
  const goneBack = Math.min((earlier._sum.amountCents ?? 0) + amountCents, payment.cents);
  return Math.max(0, Math.floor((payment.credits * goneBack) / payment.cents) - (earlier._sum.credits ?? 0));
}

/**
 * A frozen reversal is over in the person's favour (a dispute won): every credit it took goes back to
 * the bucket it came from (RESTORE entries), once. Credits of a bucket that expired meanwhile expire
 * again at once, as they would have.
 */
export async function releaseReversal({ id, userId, now = new Date() }: { id: string; userId: string; now?: Date }) {
  return ledgerTx(async (tx) => {
    await lockWallet(tx, userId, now);
    const { count } = await tx.creditReversal.updateMany({
      where: { id, userId, status: "FROZEN" },
      data: { status: "RELEASED", closedAt: now },
    });
    if (count === 0) return { released: false };
    const entries = await tx.ledgerEntry.findMany({
      where: { userId, reversalId: id, type: "REVERSE" },
      select: { bucketId: true, delta: true },
    });
    for (const entry of entries) {
      const amount = -entry.delta;
      const [bucket] = await tx.creditBucket.updateManyAndReturn({
        where: { id: entry.bucketId, userId },
        data: { remaining: { increment: amount } },
      });
      if (!bucket) throw new LedgerInvariantError(`reversal ${id}: bucket ${entry.bucketId} is gone`);
      const [after] = await tx.wallet.updateManyAndReturn({
        where: { userId },
        data: { available: { increment: amount } },
      });
      await tx.ledgerEntry.create({
        data: {
          userId,
          bucketId: bucket.id,
          reversalId: id,
          type: "RESTORE",
          delta: amount,
          balanceAfter: after!.available + after!.held,
          createdAt: now,
        },
      });
      if (bucket.expiredAt) {
        await tx.creditBucket.update({ where: { id: bucket.id }, data: { remaining: { decrement: amount } } });
        const [expired] = await tx.wallet.updateManyAndReturn({
          where: { userId },
          data: { available: { decrement: amount } },
        });
        await tx.ledgerEntry.create({
          data: {
            userId,
            bucketId: bucket.id,
            type: "EXPIRE",
            delta: -amount,
            balanceAfter: expired!.available + expired!.held,
            createdAt: now,
          },
        });
      }
    }
    return { released: true };
  });
}

/**
 * A frozen reversal is over against the person (a dispute lost): what it froze stays taken, and — for
 * credits that are fungible (a pack) — what the disputed grant could not cover is taken from the
 * person's other credits now, as a refund would; what is still missing stays the shortfall.
 */
export async function confirmReversal({
  id,
  userId,
  takeShortfallFromOtherBuckets,
  now = new Date(),
}: {
  id: string;
  userId: string;
  takeShortfallFromOtherBuckets: boolean;
  now?: Date;
}) {
  return ledgerTx(async (tx) => {
    await lockWallet(tx, userId, now);
    const reversal = await tx.creditReversal.findUnique({ where: { id } });
    if (!reversal || reversal.userId !== userId || reversal.status !== "FROZEN") return { confirmed: false };
    const { count } = await tx.creditReversal.updateMany({
      where: { id, status: "FROZEN" },
      data: { status: "TAKEN", closedAt: now },
    });
    if (count === 0) return { confirmed: false };
    const taken =
      takeShortfallFromOtherBuckets && reversal.shortfall > 0
        ? await takeInTx(tx, { id, userId, credits: reversal.shortfall, sources: await otherBuckets(tx, userId), now })
        : 0;
    if (taken > 0)
      await tx.creditReversal.update({
        where: { id },
        data: { taken: { increment: taken }, shortfall: { decrement: taken } },
      });
    return { confirmed: true };
  });
}

function otherBuckets(tx: Tx, userId: string, except?: string) {
  return tx.creditBucket.findMany({
    where: { userId, ...(except ? { id: { not: except } } : {}), expiredAt: null, remaining: { gt: 0 } },
    orderBy: SPEND_ORDER_BY,
  });
}

/** REVERSE entries for up to `credits` from `sources` in order, never more than each has left. */
async function takeInTx(
  tx: Tx,
  {
    id,
    userId,
    credits,
    sources,
    now,
  }: { id: string; userId: string; credits: number; sources: CreditBucket[]; now: Date },
) {
  let taken = 0;
  for (const source of sources) {
    const amount = Math.min(source.remaining, credits - taken);
    if (amount <= 0) continue;
    const { count } = await tx.creditBucket.updateMany({
      where: { id: source.id, remaining: source.remaining },
      data: { remaining: { decrement: amount } },
    });
    if (count === 0) throw new LedgerInvariantError(`reversal ${id} raced on bucket ${source.id}`);
    const [after] = await tx.wallet.updateManyAndReturn({
      where: { userId, available: { gte: amount } },
      data: { available: { decrement: amount } },
    });
    if (!after) throw new LedgerInvariantError(`wallet of ${userId} has less available than bucket ${source.id}`);
    await tx.ledgerEntry.create({
      data: {
        userId,
        bucketId: source.id,
        reversalId: id,
        type: "REVERSE",
        delta: -amount,
        balanceAfter: after.available + after.held,
        createdAt: now,
      },
    });
    taken += amount;
  }
  return taken;
}
