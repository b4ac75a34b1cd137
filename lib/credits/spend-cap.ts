import type { Wallet } from "@/lib/db";
import { lockWallet } from "./buckets";
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
