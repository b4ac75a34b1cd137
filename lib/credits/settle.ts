import { randomUUID } from "node:crypto";
import { dbDialect, type Hold, type Tx } from "@/lib/db";
import { finishHold } from "./finish";
import { LedgerInvariantError } from "./invariant-error";
import { settleFromOneBucket } from "./statements";
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
 * Charges a held request from the buckets it reserved: the hold turns SETTLED, the charged credits
 * leave the wallet with one ledger entry per bucket, what was not used goes back (lib/credits/finish.ts),
 * and the usage event and rollup are written. All in one transaction, and only while the hold is still
 * HELD: settling twice is a no-op (null).
 */
export async function settle({
  userId,
  requestId,
  result,
  credits,
  now = new Date(),
  alsoWrite,
}: SettleInput): Promise<Hold | null> {
  if (credits !== undefined && !(Number.isInteger(credits) && credits >= 0)) {
    throw new LedgerInvariantError(`charge ${credits} is not a whole number of credits`);
  }
  const json = JSON.stringify(result ?? null);
  return ledgerTx(async (tx) => {
    const settled =
      (await settleFromOneBucket(dbDialect(), sqlIn(tx), {
        userId,
        requestId,
        result: json,
        credits: credits ?? null,
        now,
        ids: { ledgerEntry: randomUUID(), usageEvent: randomUUID() },
      })) ??
      (await finishHold(tx, {
        userId,
        requestId,
        now,
        finish: { status: "SETTLED", result: json, credits: credits ?? null },
      }));
    if (settled) await alsoWrite?.(tx, settled);
    return settled;
  });
}
