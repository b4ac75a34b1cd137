import type { Hold } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { HOLD_TTL_MS } from "./policy";
import type { Quote } from "./quote";
import { ledgerTx } from "./transaction";
import { db, isUniqueViolation } from "@/lib/db";

export interface HoldInput {
  userId: string;
  requestId: string;
  quote: Quote;
  groupId?: string;
  conversationId?: string;
  now?: Date;
}

export type HoldOutcome =
  /** Credits are reserved; call the provider, then settle or release. */
  | { fresh: true; hold: Hold }
  /** This request id was seen before: do not call the provider again. */
  | { fresh: false; hold: Hold };

/**
 * Reserves the quoted credits with one conditional write: the wallet is debited only if it can
 * afford the amount, so concurrent requests can never take the balance below zero.
 * Throws INSUFFICIENT_CREDITS (with how many are missing) when it cannot.
 */
export async function hold({ userId, requestId, quote, groupId, conversationId, now = new Date() }: HoldInput): Promise<HoldOutcome> {
  const previous = await findHold(userId, requestId);
  if (previous) return { fresh: false, hold: previous };
  try {
    const created = await ledgerTx(async (tx) => {
      const { count } = await tx.wallet.updateMany({
        where: { userId, available: { gte: quote.credits } },
        data: { available: { decrement: quote.credits }, held: { increment: quote.credits } },
      });
      if (count === 0) return null;
      return tx.hold.create({
        data: {
          userId,
          requestId,
          amount: quote.credits,
          kind: quote.kind,
          model: quote.model,
          units: JSON.stringify(quote.units),
          groupId,
          conversationId,
          expiresAt: new Date(now.getTime() + HOLD_TTL_MS[quote.kind]),
          createdAt: now,
        },
      });
    });
    if (created) return { fresh: true, hold: created };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // A concurrent attempt with the same request id won; its hold is the one that counts.
    return { fresh: false, hold: await findHoldOrThrow(userId, requestId) };
  }
  const wallet = await db().wallet.findUnique({ where: { userId }, select: { available: true } });
  const missing = quote.credits - (wallet?.available ?? 0);
  throw new AppError(
    "INSUFFICIENT_CREDITS",
    `This costs ${quote.credits} credits and you have ${wallet?.available ?? 0} available (${Math.max(missing, 1)} missing).`,
    { required: quote.credits, available: wallet?.available ?? 0, missing: Math.max(missing, 1) },
  );
}

function findHold(userId: string, requestId: string) {
  return db().hold.findUnique({ where: { userId_requestId: { userId, requestId } } });
}

async function findHoldOrThrow(userId: string, requestId: string) {
  const found = await findHold(userId, requestId);
  if (!found) throw new AppError("CONFLICT", "The request could not be recorded; please try again.");
  return found;
}
