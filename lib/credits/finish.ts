import { randomUUID } from "node:crypto";
import type { Prisma, Tx } from "@/lib/db";
import { lockWallet, SPEND_ORDER_BY } from "./buckets";
import { LedgerInvariantError } from "./invariant-error";
import { sqlIn } from "./transaction";
import { insertUsage } from "./usage";

export type Finish =
  { status: "SETTLED"; result: string; credits: number | null } | { status: "RELEASED"; reason: string };

/**
 * The general way a hold ends, in the caller's transaction: settled for `credits` (at most what was
 * held) or released (0 credits). The request is charged, or refunded, as of its hold: the charge comes
 * from the buckets it reserved, in spend order, one DEBIT entry each. What it does not use goes back
 * to its bucket, unless that bucket has expired since (a new period began while the request ran): then
 * it expires as well, with an EXPIRE entry carrying the request id, because the allowance it came
 * from would have expired anyway and the new period's allowance must not pay for an old request.
 * The spend caps' counts give back the unused part only for a hold made in the current period (the
 * monthly cap) and day (the daily cap).
 * Only while the hold is HELD: otherwise nothing changes and the answer is null.
 */
export async function finishHold(
  tx: Tx,
  { userId, requestId, now, finish }: { userId: string; requestId: string; now: Date; finish: Finish },
) {
  const wallet = await lockWallet(tx, userId, now);
  const [hold] = await tx.hold.updateManyAndReturn({
    where: { userId, requestId, status: "HELD" },
    data: {
      status: finish.status,
      finishedAt: now,
      result: finish.status === "SETTLED" ? finish.result : JSON.stringify({ error: finish.reason }),
    },
  });
  if (!hold) return null;
  const charge = finish.status === "SETTLED" ? (finish.credits ?? hold.amount) : 0;
  if (!(Number.isInteger(charge) && charge >= 0 && charge <= hold.amount)) {
    throw new LedgerInvariantError(`charge ${charge} outside the held ${hold.amount}`);
  }
  const shares = await tx.holdAllocation.findMany({
    where: { holdId: hold.id },
    select: { bucketId: true, amount: true, bucket: { select: { expiredAt: true } } },
    orderBy: SPEND_ORDER_BY.map((order) => ({ bucket: order })),
  });
  if (shares.reduce((sum, share) => sum + share.amount, 0) !== hold.amount)
    throw new LedgerInvariantError(`hold ${hold.id} is not fully allocated`);

  let balance = wallet.available + wallet.held;
  let toCharge = charge;
  let returned = 0;
  const entries: Prisma.LedgerEntryCreateManyInput[] = [];
  for (const share of shares) {
    const taken = Math.min(share.amount, toCharge);
    const unused = share.amount - taken;
    const lapsed = share.bucket.expiredAt !== null;
    toCharge -= taken;
    const { count } = await tx.creditBucket.updateMany({
      where: { id: share.bucketId, held: { gte: share.amount } },
      data: { held: { decrement: share.amount }, remaining: { increment: lapsed ? 0 : unused } },
    });
    if (count === 0)
      throw new LedgerInvariantError(`bucket ${share.bucketId} holds less than hold ${hold.id} reserved`);
    if (taken > 0)
      entries.push({
        userId,
        bucketId: share.bucketId,
        requestId,
        type: "DEBIT",
        delta: -taken,
        balanceAfter: (balance -= taken),
        createdAt: now,
      });
    if (lapsed && unused > 0)
      entries.push({
        userId,
        bucketId: share.bucketId,
        requestId,
        type: "EXPIRE",
        delta: -unused,
        balanceAfter: (balance -= unused),
        createdAt: now,
      });
    if (!lapsed) returned += unused;
  }
  const samePeriod = hold.periodStart.getTime() === wallet.periodStart.getTime();
  const sameDay = hold.dayStart.getTime() === wallet.dayStart.getTime();
  const { count } = await tx.wallet.updateMany({
    where: { userId, held: { gte: hold.amount } },
    data: {
      held: { decrement: hold.amount },
      available: { increment: returned },
      capUsed: { decrement: samePeriod ? hold.amount - charge : 0 },
      dayUsed: { decrement: sameDay ? hold.amount - charge : 0 },
    },
  });
  if (count === 0) throw new LedgerInvariantError(`wallet of ${userId} holds less than hold ${hold.id}`);
  if (entries.length > 0) await tx.ledgerEntry.createMany({ data: entries });
  await insertUsage(sqlIn(tx), hold, {
    id: randomUUID(),
    status: finish.status === "SETTLED" ? "SUCCEEDED" : "FAILED_REFUNDED",
    credits: charge,
    now,
  });
  return hold;
}
