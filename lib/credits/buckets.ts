import type { Prisma, Tx } from "@/lib/db";
import { LedgerInvariantError } from "./invariant-error";

interface DebitInput {
  userId: string;
  amount: number;
  requestId: string;
  /** Wallet balance (available + held) after the whole debit. */
  balanceAfter: number;
  now: Date;
}

/**
 * Takes `amount` from the user's buckets in spend order and writes one DEBIT ledger entry per bucket.
 * Each bucket decrement is conditional on what it still holds, so a concurrent debit never overdraws
 * a bucket; when one moved under us we simply read again.
 */
export async function debitBuckets(tx: Tx, { userId, amount, requestId, balanceAfter, now }: DebitInput) {
  const takes: { bucketId: string; take: number }[] = [];
  let left = amount;
  while (left > 0) {
    const buckets = await tx.creditBucket.findMany({
      where: { userId, remaining: { gt: 0 } },
      orderBy: [{ spendOrder: "asc" }, { expiresAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
      select: { id: true, remaining: true },
      take: 4,
    });
    if (buckets.length === 0) throw new LedgerInvariantError(`buckets of ${userId} hold less than the wallet`);
    for (const bucket of buckets) {
      const take = Math.min(bucket.remaining, left);
      const { count } = await tx.creditBucket.updateMany({
        where: { id: bucket.id, remaining: { gte: take } },
        data: { remaining: { decrement: take } },
      });
      if (count === 0) break;
      takes.push({ bucketId: bucket.id, take });
      left -= take;
      if (left === 0) break;
    }
  }
  let running = balanceAfter + amount;
  const entries: Prisma.LedgerEntryCreateManyInput[] = takes.map(({ bucketId, take }) => {
    running -= take;
    return { userId, bucketId, requestId, type: "DEBIT", delta: -take, balanceAfter: running, createdAt: now };
  });
  await tx.ledgerEntry.createMany({ data: entries });
}

/**
 * Expires what is left in the matching buckets (EXPIRE entries). Credits reserved by requests still
 * in flight are spared: at most `wallet.available` is expired, and the rest is spent by those
 * requests or expired at the next check.
 */
export async function expireBuckets(tx: Tx, userId: string, where: Prisma.CreditBucketWhereInput, now: Date) {
  await lockWallet(tx, userId, now);
  const buckets = await tx.creditBucket.findMany({
    where: { ...where, userId, remaining: { gt: 0 } },
    orderBy: { createdAt: "asc" },
    select: { id: true, remaining: true },
  });
  let expired = 0;
  for (const bucket of buckets) {
    const wallet = await tx.wallet.findUniqueOrThrow({ where: { userId }, select: { available: true } });
    const amount = Math.min(bucket.remaining, wallet.available);
    if (amount <= 0) continue;
    const [after] = await tx.wallet.updateManyAndReturn({
      where: { userId, available: { gte: amount } },
      data: { available: { decrement: amount } },
    });
    const { count } = await tx.creditBucket.updateMany({
      where: { id: bucket.id, remaining: { gte: amount } },
      data: { remaining: { decrement: amount } },
    });
    if (!after || count === 0) throw new LedgerInvariantError(`expiry of bucket ${bucket.id} raced`);
    await tx.ledgerEntry.create({
      data: {
        userId,
        bucketId: bucket.id,
        type: "EXPIRE",
        delta: -amount,
        balanceAfter: after.available + after.held,
        createdAt: now,
      },
    });
    expired += amount;
  }
  return expired;
}

/**
 * Takes the wallet row's lock for the rest of the transaction (PostgreSQL; SQLite serialises writers
 * anyway). Every transaction that changes buckets touches the wallet first, so reads after this see
 * the user's latest committed buckets and nobody changes them until we commit.
 */
export async function lockWallet(tx: Tx, userId: string, now: Date) {
  const { count } = await tx.wallet.updateMany({ where: { userId }, data: { updatedAt: now } });
  if (count === 0) throw new LedgerInvariantError(`user ${userId} has no wallet`);
}
