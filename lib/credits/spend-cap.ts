import type { Wallet } from "@/lib/db";
import { lockWallet } from "./buckets";
import { dayRoom, walletOnToday } from "./day";
import { ledgerTx } from "./transaction";

/** What the spend cap still allows this period (null = no cap): never below zero. */
export function capRoom({ spendCap, capUsed }: Pick<Wallet, "spendCap" | "capUsed">) {
  return spendCap === null ? null : Math.max(0, spendCap - capUsed);
}

/**
 * Sets (or clears, with null) the personal monthly spend cap. The cap counts what this period spent
 * plus what this period's requests in flight hold (Wallet.capUsed); lowering it below that leaves no
 * room until the period ends, and nothing given back later can make room above the cap.
 */
export async function setSpendCap({
  userId,
  cap,
  now = new Date(),
}: {
  userId: string;
  cap: number | null;
  now?: Date;
}) {
  return ledgerTx(async (tx) => {
    await lockWallet(tx, userId, now);
    const wallet = await tx.wallet.update({ where: { userId }, data: { spendCap: cap } });
    const inFlight = await tx.hold.aggregate({
      where: { userId, status: "HELD", periodStart: wallet.periodStart },
      _sum: { amount: true },
    });
    return { spent: wallet.capUsed - (inFlight._sum.amount ?? 0), capRemaining: capRoom(wallet) };
  });
}

/**
 * Sets (or clears, with null) the personal daily spend cap. It counts what requests made today (the
 * person's local day) spent and still hold (Wallet.dayUsed, kept whether or not a cap is set), so a cap
 * set in the afternoon already counts the morning; lowering it below that leaves no room until midnight.
 */
export async function setDailyCap({
  userId,
  cap,
  now = new Date(),
}: {
  userId: string;
  cap: number | null;
  now?: Date;
}) {
  return ledgerTx(async (tx) => {
    await walletOnToday(tx, await lockWallet(tx, userId, now), now);
    const wallet = await tx.wallet.update({ where: { userId }, data: { dailyCap: cap } });
    const inFlight = await tx.hold.aggregate({
      where: { userId, status: "HELD", dayStart: wallet.dayStart },
      _sum: { amount: true },
    });
    return {
      spentToday: wallet.dayUsed - (inFlight._sum.amount ?? 0),
      dayRemaining: dayRoom(wallet, now),
      resetsAt: wallet.dayEnd,
    };
  });
}
