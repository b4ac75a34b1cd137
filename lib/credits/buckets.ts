import type { Prisma, Tx } from "@/lib/db";
import { LedgerInvariantError } from "./invariant-error";

/** Spend order (lib/credits/policy.ts): by source, then soonest expiry (none last), then the oldest. */
export const SPEND_ORDER_BY: Prisma.CreditBucketOrderByWithRelationInput[] = [
  { spendOrder: "asc" },
  { expiresAt: { sort: "asc", nulls: "last" } },
  { createdAt: "asc" },
];

/**
 * Expires what is left in the matching buckets (EXPIRE entries) and marks them expired. Credits
 * reserved by requests in flight are not in `remaining`, so they stay with their bucket: the request is
 * charged from it, and whatever it gives back then expires too (lib/credits/finish.ts).
 */
export async function expireBuckets(tx: Tx, userId: string, where: Prisma.CreditBucketWhereInput, now: Date) {
  await lockWallet(tx, userId, now);
  const buckets = await tx.creditBucket.findMany({
    where: { ...where, userId, expiredAt: null },
    orderBy: { createdAt: "asc" },
    select: { id: true, remaining: true },
  });
  let expired = 0;
  for (const bucket of buckets) {
    const { count } = await tx.creditBucket.updateMany({
      where: { id: bucket.id, remaining: bucket.remaining },
      data: { remaining: 0, expiredAt: now },
    });
    if (count === 0) throw new LedgerInvariantError(`expiry of bucket ${bucket.id} raced`);
    if (bucket.remaining === 0) continue;
    const [after] = await tx.wallet.updateManyAndReturn({
      where: { userId, available: { gte: bucket.remaining } },
      data: { available: { decrement: bucket.remaining } },
    });
    if (!after) throw new LedgerInvariantError(`wallet of ${userId} has less available than bucket ${bucket.id}`);
    await tx.ledgerEntry.create({
      data: {
        userId,
        bucketId: bucket.id,
        type: "EXPIRE",
        delta: -bucket.remaining,
        balanceAfter: after.available + after.held,
        createdAt: now,
      },
    });
    expired += bucket.remaining;
  }
  return expired;
}

/**
 * Takes the wallet row's lock for the rest of the transaction (PostgreSQL; SQLite serialises writers
 * anyway). Every transaction that changes buckets touches the wallet first, so reads after this see
 * the user's latest committed buckets and nobody changes them until we commit.
 */
export async function lockWallet(tx: Tx, userId: string, now: Date) {
  const [wallet] = await tx.wallet.updateManyAndReturn({ where: { userId }, data: { updatedAt: now } });
  if (!wallet) throw new LedgerInvariantError(`user ${userId} has no wallet`);
  return wallet;
}
