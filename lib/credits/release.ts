import { randomUUID } from "node:crypto";
import type { Hold, Tx } from "@/lib/db";
import { lockWallet } from "./buckets";
import { LedgerInvariantError } from "./invariant-error";
import { ledgerTx, sqlIn } from "./transaction";
import { insertUsage } from "./usage";

export interface ReleaseInput {
  userId: string;
  requestId: string;
  /** Why it failed, returned to a retry of the same request id. */
  reason: string;
  now?: Date;
  /** Writes the request's own records (e.g. a failed message) in the same transaction. */
  alsoWrite?: (tx: Tx, hold: Hold) => Promise<void>;
}

/**
 * Gives a failed or abandoned request's credits back: the hold turns RELEASED, the held credits
 * return to available (the balance never changed, so no ledger entry), and a refunded usage event
 * is written. Only while the hold is still HELD: releasing twice, or after settling, is a no-op (null).
 * The wallet row is locked first, as in every money transaction.
 */
export async function release({ userId, requestId, reason, now = new Date(), alsoWrite }: ReleaseInput): Promise<Hold | null> {
  return ledgerTx(async (tx) => {
    await lockWallet(tx, userId, now);
    const [released] = await tx.hold.updateManyAndReturn({
      where: { userId, requestId, status: "HELD" },
      data: { status: "RELEASED", finishedAt: now, result: JSON.stringify({ error: reason }) },
    });
    if (!released) return null;
    const { count } = await tx.wallet.updateMany({
      where: { userId, held: { gte: released.amount } },
      data: { held: { decrement: released.amount }, available: { increment: released.amount }, capRemaining: { increment: released.amount } },
    });
    if (count === 0) throw new LedgerInvariantError(`wallet of ${userId} holds less than hold ${released.id}`);
    await insertUsage(sqlIn(tx), released, { id: randomUUID(), status: "FAILED_REFUNDED", credits: 0, now });
    await alsoWrite?.(tx, released);
    return released;
  });
}
