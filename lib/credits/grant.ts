import type { BucketSource } from "@/lib/db";
import { isUniqueViolation, type Tx } from "@/lib/db";
import { SPEND_ORDER } from "./policy";
import { LedgerInvariantError } from "./invariant-error";
import { ledgerTx } from "./transaction";

export interface GrantInput {
  userId: string;
  source: BucketSource;
  amount: number;
  /** Idempotency key: one grant per key per user, e.g. "pack:cs_123" or "allowance:<period start>". */
  grantKey: string;
  expiresAt?: Date | null;
  now?: Date;
}

/** Adds credits as a new bucket with a GRANT entry. Granting the same key twice is a no-op. */
export async function grant(input: GrantInput): Promise<{ granted: boolean }> {
  try {
    return await ledgerTx((tx) => grantInTx(tx, input));
  } catch (error) {
    // A concurrent grant with the same key won the race.
    if (isUniqueViolation(error)) return { granted: false };
    throw error;
  }
}

export async function grantInTx(
  tx: Tx,
  { userId, source, amount, grantKey, expiresAt = null, now = new Date() }: GrantInput,
) {
  if (!Number.isInteger(amount) || amount <= 0)
    throw new LedgerInvariantError(`grant amount ${amount} must be a positive integer`);
  const existing = await tx.creditBucket.findUnique({
    where: { userId_grantKey: { userId, grantKey } },
    select: { id: true },
  });
  if (existing) return { granted: false };
  const [wallet] = await tx.wallet.updateManyAndReturn({
    where: { userId },
    data: { available: { increment: amount } },
  });
  if (!wallet) throw new LedgerInvariantError(`user ${userId} has no wallet`);
  const bucket = await tx.creditBucket.create({
    data: {
      userId,
      source,
      spendOrder: SPEND_ORDER[source],
      grantKey,
      granted: amount,
      remaining: amount,
      expiresAt,
      createdAt: now,
    },
  });
  await tx.ledgerEntry.create({
    data: {
      userId,
      bucketId: bucket.id,
      type: "GRANT",
      delta: amount,
      balanceAfter: wallet.available + wallet.held,
      createdAt: now,
    },
  });
  return { granted: true };
}
