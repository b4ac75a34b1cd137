import { randomUUID } from "node:crypto";
import { dbDialect, type Hold, type Tx } from "@/lib/db";
import { debitBuckets } from "./buckets";
import { settleAndCharge } from "./statements";
import { ledgerTx, sqlIn } from "./transaction";

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
    const settled = await settleAndCharge(dbDialect(), sqlIn(tx), {
      userId,
      requestId,
      result: JSON.stringify(result ?? null),
      credits: credits ?? null,
      now,
      ids: { ledgerEntry: randomUUID(), usageEvent: randomUUID() },
    });
    if (!settled) return null;
    // The first bucket in spend order could not cover the charge alone: spread it across buckets.
    if (!settled.debited) await debitBuckets(tx, { userId, amount: settled.charge, requestId, balanceAfter: settled.balanceAfter, now });
    await alsoWrite?.(tx, settled.hold);
    return settled.hold;
  });
}
