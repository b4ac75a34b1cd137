import { addDays, startOfDay } from "date-fns";
import { TZDate } from "@date-fns/tz";
import type { Tx, Wallet } from "@/lib/db";

/** The local day containing `now` in `timeZone`: from its midnight to the next (23 or 25 hours across DST). */
export function localDayContaining(now: Date, timeZone: string) {
  const start = startOfDay(new TZDate(now.getTime(), timeZone));
  return { start: new Date(start.getTime()), end: new Date(addDays(start, 1).getTime()) };
}

/**
 * The wallet with its daily count on today, under the wallet lock the caller holds: once `dayEnd` has
 * passed, the count starts again from zero at the person's local midnight. Requests still in flight keep
 * the day they were made in (Hold.dayStart), so what they give back later is not added to the new day.
 */
export async function walletOnToday(tx: Tx, wallet: Wallet, now: Date): Promise<Wallet> {
  if (wallet.dayEnd > now) return wallet;
  const { timeZone } = await tx.user.findUniqueOrThrow({ where: { id: wallet.userId }, select: { timeZone: true } });
  const day = localDayContaining(now, timeZone);
  return tx.wallet.update({
    where: { userId: wallet.userId },
    data: { dayUsed: 0, dayStart: day.start, dayEnd: day.end },
  });
}

/** What the daily cap still allows today (null = no cap): never below zero. */
export function dayRoom({ dailyCap, dayUsed, dayEnd }: Pick<Wallet, "dailyCap" | "dayUsed" | "dayEnd">, now: Date) {
  if (dailyCap === null) return null;
  return Math.max(0, dailyCap - (dayEnd > now ? dayUsed : 0));
}
