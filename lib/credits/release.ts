import type { Hold, Tx } from "@/lib/db";
import { finishHold } from "./finish";
import { ledgerTx } from "./transaction";

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
 * Gives a failed or abandoned request's credits back to the buckets they were reserved from (a bucket
 * that expired meanwhile lets them expire: lib/credits/finish.ts) and writes a refunded usage event.
 * Only while the hold is still HELD: releasing twice, or after settling, is a no-op (null).
 */
export async function release({
  userId,
  requestId,
  reason,
  now = new Date(),
  alsoWrite,
}: ReleaseInput): Promise<Hold | null> {
  return ledgerTx(async (tx) => {
    const released = await finishHold(tx, { userId, requestId, now, finish: { status: "RELEASED", reason } });
    if (released) await alsoWrite?.(tx, released);
    return released;
  });
}
