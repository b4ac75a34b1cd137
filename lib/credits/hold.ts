import type { Hold, Prisma } from "@/lib/db";
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
  const holds = await reserveHolds(userId, quote.credits, [
    { ...holdRow(userId, requestId, quote, now), groupId, conversationId },
  ]);
  if (holds === "duplicate") return { fresh: false, hold: await findHoldOrThrow(userId, requestId) };
  if (!holds) throw await insufficient(userId, quote.credits);
  return { fresh: true, hold: holds[0]! };
}

function holdRow(userId: string, requestId: string, quote: Quote, now: Date) {
  return {
    userId,
    requestId,
    amount: quote.credits,
    kind: quote.kind,
    model: quote.model,
    units: JSON.stringify(quote.units),
    expiresAt: new Date(now.getTime() + HOLD_TTL_MS[quote.kind]),
    createdAt: now,
  };
}

class Unaffordable extends Error {}

/**
 * One transaction: insert the hold rows, then the single conditional wallet write for their total.
 * The rows go first so that a retry of the same request id waits on the unique index before it
 * touches the wallet (the other order deadlocks against a settle of that request on PostgreSQL).
 * Returns null when the wallet cannot afford it, "duplicate" when the request id exists.
 */
async function reserveHolds(userId: string, total: number, rows: Prisma.HoldCreateManyInput[]): Promise<Hold[] | null | "duplicate"> {
  try {
    return await ledgerTx(async (tx) => {
      const created = await tx.hold.createManyAndReturn({ data: rows });
      const { count } = await tx.wallet.updateMany({ where: affordable(userId, total), data: reserve(total) });
      if (count === 0) throw new Unaffordable();
      return created;
    });
  } catch (error) {
    if (error instanceof Unaffordable) return null;
    if (isUniqueViolation(error)) return "duplicate";
    throw error;
  }
}

/** The condition of the one write that reserves credits: enough balance, and within the spend cap if any. */
function affordable(userId: string, amount: number) {
  return { userId, available: { gte: amount }, OR: [{ capRemaining: null }, { capRemaining: { gte: amount } }] };
}

/** Moves credits from available to held; a null capRemaining (no cap) stays null in SQL arithmetic. */
function reserve(amount: number) {
  return { available: { decrement: amount }, held: { increment: amount }, capRemaining: { decrement: amount } };
}

async function insufficient(userId: string, required: number) {
  const wallet = await db().wallet.findUnique({ where: { userId }, select: { available: true, capRemaining: true } });
  const available = wallet?.available ?? 0;
  if (wallet && wallet.capRemaining !== null && wallet.capRemaining < required && available >= required) {
    return new AppError(
      "SPEND_CAP_REACHED",
      `This costs ${required} credits, but your monthly spending limit allows only ${wallet.capRemaining} more this period. Nothing was charged; you can raise the limit in Plan & billing.`,
      { required, capRemaining: wallet.capRemaining },
    );
  }
  // At least 1: the balance may have dropped between the refused write and this read.
  const missing = Math.max(required - available, 1);
  return new AppError("INSUFFICIENT_CREDITS", `This costs ${required} credits and you have ${available} available (${missing} missing).`, {
    required,
    available,
    missing,
  });
}

function findHold(userId: string, requestId: string) {
  return db().hold.findUnique({ where: { userId_requestId: { userId, requestId } } });
}

async function findHoldOrThrow(userId: string, requestId: string) {
  const found = await findHold(userId, requestId);
  if (!found) throw new AppError("CONFLICT", "The request could not be recorded; please try again.");
  return found;
}

export interface GroupHoldInput {
  userId: string;
  groupId: string;
  items: { requestId: string; quote: Quote }[];
  now?: Date;
}

/**
 * Reserves credits for several model calls at once (Council Mode), all or nothing: one conditional
 * write for the total, then one hold per call, each settled or released on its own later. If the
 * balance cannot cover every call, nothing is held and INSUFFICIENT_CREDITS says how many are missing.
 */
export async function holdGroup({ userId, groupId, items, now = new Date() }: GroupHoldInput): Promise<{ fresh: boolean; holds: Hold[] }> {
  const requestIds = items.map((item) => item.requestId);
  const previous = await db().hold.findMany({ where: { userId, requestId: { in: requestIds } } });
  if (previous.length > 0) return { fresh: false, holds: previous };
  const total = items.reduce((sum, item) => sum + item.quote.credits, 0);
  const holds = await reserveHolds(
    userId,
    total,
    items.map(({ requestId, quote }) => ({ ...holdRow(userId, requestId, quote, now), groupId })),
  );
  if (holds === "duplicate") return { fresh: false, holds: await db().hold.findMany({ where: { userId, requestId: { in: requestIds } } }) };
  if (holds) return { fresh: true, holds };
  throw await insufficient(userId, total);
}
