import { randomUUID } from "node:crypto";
import { db, isUniqueViolation, type Hold } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { HOLD_TTL_MS } from "./policy";
import type { Quote } from "./quote";
import { insertHoldsAndReserve, type NewHold } from "./statements";
import { ledgerSession } from "./transaction";

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
  const holds = await reserveHolds(userId, quote.credits, [holdRow(userId, requestId, quote, now, { groupId, conversationId })], now);
  if (holds === "duplicate") return { fresh: false, hold: await findHoldOrThrow(userId, requestId) };
  if (!holds) throw await insufficient(userId, quote.credits);
  return { fresh: true, hold: holds[0]! };
}

function holdRow(userId: string, requestId: string, quote: Quote, now: Date, links: { groupId?: string; conversationId?: string }): NewHold {
  return {
    id: randomUUID(),
    userId,
    requestId,
    amount: quote.credits,
    kind: quote.kind,
    model: quote.model,
    units: JSON.stringify(quote.units),
    groupId: links.groupId ?? null,
    conversationId: links.conversationId ?? null,
    expiresAt: new Date(now.getTime() + HOLD_TTL_MS[quote.kind]),
    createdAt: now,
  };
}

/**
 * Inserts the hold rows and reserves their total with one conditional wallet write, atomically (see
 * insertHoldsAndReserve). A request id seen before is refused by the unique index, so its provider
 * call is never repeated. Returns null when the wallet cannot afford it, "duplicate" when the request id exists.
 */
async function reserveHolds(userId: string, total: number, rows: NewHold[], now: Date): Promise<Hold[] | null | "duplicate"> {
  try {
    if (!(await insertHoldsAndReserve(ledgerSession(), userId, total, rows, now))) {
      // A retry of a request that was already paid for is not refused for the balance it left behind.
      const seen = await db().hold.count({ where: { userId, requestId: { in: rows.map((row) => row.requestId) } } });
      return seen > 0 ? "duplicate" : null;
    }
    return rows.map((row): Hold => ({ ...row, status: "HELD", result: null, finishedAt: null }));
  } catch (error) {
    if (isUniqueViolation(error)) return "duplicate";
    throw error;
  }
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

async function findHoldOrThrow(userId: string, requestId: string) {
  const found = await db().hold.findUnique({ where: { userId_requestId: { userId, requestId } } });
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
  const total = items.reduce((sum, item) => sum + item.quote.credits, 0);
  const holds = await reserveHolds(userId, total, items.map(({ requestId, quote }) => holdRow(userId, requestId, quote, now, { groupId })), now);
  if (holds === "duplicate") return { fresh: false, holds: await db().hold.findMany({ where: { userId, requestId: { in: requestIds } } }) };
  if (holds) return { fresh: true, holds };
  throw await insufficient(userId, total);
}
