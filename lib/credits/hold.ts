import { randomUUID } from "node:crypto";
import { PLANS } from "@/config/plans";
import { db, isUniqueViolation, type Hold, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockWallet, SPEND_ORDER_BY } from "./buckets";
import { LedgerInvariantError } from "./invariant-error";
import { HOLD_TTL_MS } from "./policy";
import type { Quote } from "./quote";
import { dayRoom, walletOnToday } from "./day";
import { capRoom } from "./spend-cap";
import { reserveFromFirstBucket, type NewHold, type ReserveOutcome } from "./statements";
import { ledgerSession, ledgerTx } from "./transaction";

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
export async function hold({
  userId,
  requestId,
  quote,
  groupId,
  conversationId,
  now = new Date(),
}: HoldInput): Promise<HoldOutcome> {
  const holds = await reserveHolds(
    userId,
    quote.credits,
    [holdRow(userId, requestId, quote, now, { groupId, conversationId })],
    now,
  );
  if (holds === "duplicate") return { fresh: false, hold: await findHoldOrThrow(userId, requestId) };
  if (!holds) throw await insufficient(userId, quote.credits, now);
  return { fresh: true, hold: holds[0]! };
}

function holdRow(
  userId: string,
  requestId: string,
  quote: Quote,
  now: Date,
  links: { groupId?: string; conversationId?: string },
): NewHold {
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
 * Reserves the total of the hold rows, atomically: the fast path when the first bucket in spend order
 * covers it (lib/credits/statements.ts), otherwise spread across buckets in one transaction. A request
 * id seen before is refused by the unique index, so its provider call is never repeated. Returns null
 * when the wallet cannot afford it, "duplicate" when the request id exists.
 */
async function reserveHolds(
  userId: string,
  total: number,
  rows: NewHold[],
  now: Date,
): Promise<Hold[] | null | "duplicate"> {
  try {
    let outcome = await reserveFromFirstBucket(ledgerSession(), userId, total, rows, now);
    if (outcome.status === "spread")
      outcome = await ledgerTx((tx) => reserveAcrossBuckets(tx, userId, total, rows, now));
    if (outcome.status === "reserved") {
      const { periodStart, dayStart } = outcome;
      return rows.map((row): Hold => ({
        ...row,
        periodStart,
        dayStart,
        status: "HELD",
        result: null,
        finishedAt: null,
      }));
    }
    // A retry of a request that was already paid for is not refused for the balance it left behind.
    const seen = await db().hold.count({ where: { userId, requestId: { in: rows.map((row) => row.requestId) } } });
    return seen > 0 ? "duplicate" : null;
  } catch (error) {
    if (isUniqueViolation(error)) return "duplicate";
    throw error;
  }
}

/**
 * The general hold: under the wallet lock, starts the wallet's new day if one began, checks the balance
 * and both spend caps, then takes each hold's amount from the buckets' `remaining` in spend order and
 * records where it came from.
 */
async function reserveAcrossBuckets(
  tx: Tx,
  userId: string,
  total: number,
  rows: NewHold[],
  now: Date,
): Promise<ReserveOutcome> {
  const wallet = await walletOnToday(tx, await lockWallet(tx, userId, now), now);
  if (
    wallet.available < total ||
    (wallet.spendCap !== null && wallet.capUsed + total > wallet.spendCap) ||
    (wallet.dailyCap !== null && wallet.dayUsed + total > wallet.dailyCap)
  )
    return { status: "unaffordable" };
  const buckets = await tx.creditBucket.findMany({
    where: { userId, remaining: { gt: 0 } },
    orderBy: SPEND_ORDER_BY,
    select: { id: true, remaining: true },
  });
  const shares: { holdId: string; bucketId: string; amount: number }[] = [];
  for (const row of rows) {
    let left = row.amount;
    for (const bucket of buckets) {
      const take = Math.min(bucket.remaining, left);
      if (take === 0) continue;
      bucket.remaining -= take;
      left -= take;
      shares.push({ holdId: row.id, bucketId: bucket.id, amount: take });
      if (left === 0) break;
    }
    if (left > 0) throw new LedgerInvariantError(`buckets of ${userId} hold less than the wallet`);
  }
  const { periodStart, dayStart } = wallet;
  await tx.hold.createMany({ data: rows.map((row) => ({ ...row, periodStart, dayStart })) });
  await tx.holdAllocation.createMany({ data: shares });
  for (const share of shares) {
    const { count } = await tx.creditBucket.updateMany({
      where: { id: share.bucketId, remaining: { gte: share.amount } },
      data: { remaining: { decrement: share.amount }, held: { increment: share.amount } },
    });
    if (count === 0) throw new LedgerInvariantError(`bucket ${share.bucketId} changed under the wallet lock`);
  }
  await tx.wallet.update({
    where: { userId },
    data: {
      available: { decrement: total },
      held: { increment: total },
      capUsed: { increment: total },
      dayUsed: { increment: total },
    },
  });
  return { status: "reserved", periodStart, dayStart };
}

async function insufficient(userId: string, required: number, now: Date) {
  const wallet = await db().wallet.findUnique({
    where: { userId },
    select: { available: true, spendCap: true, capUsed: true, dailyCap: true, dayUsed: true, dayEnd: true },
  });
  const available = wallet?.available ?? 0;
  const capRemaining = wallet ? capRoom(wallet) : null;
  if (capRemaining !== null && capRemaining < required && available >= required) {
    return new AppError(
      "SPEND_CAP_REACHED",
      `This costs ${required} credits, but your monthly spending limit allows only ${capRemaining} more this period. Nothing was charged; you can raise the limit in Plan & billing.`,
      { required, capRemaining },
    );
  }
  const todayRemaining = wallet ? dayRoom(wallet, now) : null;
  if (todayRemaining !== null && todayRemaining < required && available >= required) {
    return new AppError(
      "DAILY_CAP_REACHED",
      `This costs ${required} credits, but your daily spending limit allows only ${todayRemaining} more today; it starts again at midnight. Nothing was charged; you can raise the limit in Plan & billing.`,
      { required, dayRemaining: todayRemaining, resetsAt: wallet!.dayEnd.toISOString() },
    );
  }
  // An unverified account never got its Free allowance: what it lacks is the click on the link, not money.
  const user = await db().user.findUnique({
    where: { id: userId },
    select: { email: true, plan: true, emailVerifiedAt: true },
  });
  if (user && !user.emailVerifiedAt && user.plan === "FREE") {
    return new AppError(
      "EMAIL_UNVERIFIED",
      `Confirm your email to get your ${PLANS.FREE.monthlyCredits} free credits: open the link we sent to ${user.email}. Nothing was charged.`,
      { required, available },
    );
  }
  // At least 1: the balance may have dropped between the refused write and this read.
  const missing = Math.max(required - available, 1);
  return new AppError(
    "INSUFFICIENT_CREDITS",
    `This costs ${required} credits and you have ${available} available (${missing} missing).`,
    {
      required,
      available,
      missing,
    },
  );
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
export async function holdGroup({
  userId,
  groupId,
  items,
  now = new Date(),
}: GroupHoldInput): Promise<{ fresh: boolean; holds: Hold[] }> {
  const requestIds = items.map((item) => item.requestId);
  const total = items.reduce((sum, item) => sum + item.quote.credits, 0);
  const holds = await reserveHolds(
    userId,
    total,
    items.map(({ requestId, quote }) => holdRow(userId, requestId, quote, now, { groupId })),
    now,
  );
  if (holds === "duplicate")
    return { fresh: false, holds: await db().hold.findMany({ where: { userId, requestId: { in: requestIds } } }) };
  if (holds) return { fresh: true, holds };
  throw await insufficient(userId, total, now);
}
