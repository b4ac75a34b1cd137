import type { Hold, Tx } from "@/lib/db";
import { debitBuckets } from "./buckets";
import { LedgerInvariantError, ledgerTx } from "./transaction";
import { recordUsage } from "./usage";

export interface SettleInput {
  userId: string;
  requestId: string;
  /** What the request produced; a retry of the same request id gets it back. */
  result: unknown;
  /** Actual charge; defaults to the held amount and may never exceed it. */
  credits?: number;
  now?: Date;
  /** Writes the request's own records (a message, an image…) in the same transaction as the charge. */
  alsoWrite?: (tx: Tx, hold: Hold) => Promise<void>;
}

/**
 * Charges a held request: the hold turns SETTLED, the held credits leave the wallet, buckets are
 * debited in spend order with one ledger entry each, and the usage event and rollup are written.
 * All in one transaction, and only while the hold is still HELD: settling twice is a no-op (null).
 */
export async function settle({ userId, requestId, result, credits, now = new Date(), alsoWrite }: SettleInput): Promise<Hold | null> {
  return ledgerTx(async (tx) => {
    const [settled] = await tx.hold.updateManyAndReturn({
      where: { userId, requestId, status: "HELD" },
      data: { status: "SETTLED", finishedAt: now, result: JSON.stringify(result ?? null) },
    });
    if (!settled) return null;
    const charge = credits ?? settled.amount;
    if (!Number.isInteger(charge) || charge < 0 || charge > settled.amount) {
      throw new LedgerInvariantError(`charge ${charge} outside the held ${settled.amount}`);
    }
    const [wallet] = await tx.wallet.updateManyAndReturn({
      where: { userId, held: { gte: settled.amount } },
      data: {
        held: { decrement: settled.amount },
        available: { increment: settled.amount - charge },
        capRemaining: { increment: settled.amount - charge },
      },
    });
    if (!wallet) throw new LedgerInvariantError(`wallet of ${userId} holds less than hold ${settled.id}`);
    if (charge > 0) {
      await debitBuckets(tx, { userId, amount: charge, requestId, balanceAfter: wallet.available + wallet.held, now });
    }
    await recordUsage(tx, settled, "SUCCEEDED", charge, now);
    await alsoWrite?.(tx, settled);
    return settled;
  });
}
