import type { Tx } from "@/lib/db";
import { expireBuckets } from "./buckets";

/**
 * A deleted account: what is left of every bucket expires (EXPIRE entries), so no credits outlive their
 * owner and the ledger still adds up, and the answers its holds kept for request replays are cleared (the
 * holds stay, as money records). Credits held by a request in flight stay with their bucket and expire
 * when it finishes (lib/credits/finish.ts).
 */
export async function closeAccountInTx(tx: Tx, { userId, now }: { userId: string; now: Date }) {
  await tx.hold.updateMany({ where: { userId }, data: { result: null } });
  return expireBuckets(tx, userId, {}, now);
}
