import { lockWallet } from "./buckets";
import { ledgerTx } from "./transaction";

/**
 * Sets (or clears, with null) the personal monthly spend cap. What the cap still allows is the cap
 * minus what this period already spent and what is held right now, never below zero.
 */
export async function setSpendCap({ userId, cap, now = new Date() }: { userId: string; cap: number | null; now?: Date }) {
  return ledgerTx(async (tx) => {
    await lockWallet(tx, userId, now);
    const user = await tx.user.update({ where: { id: userId }, data: { monthlySpendCap: cap }, select: { periodStart: true } });
    const wallet = await tx.wallet.findUniqueOrThrow({ where: { userId }, select: { held: true } });
    const debits = await tx.ledgerEntry.aggregate({ where: { userId, type: "DEBIT", createdAt: { gte: user.periodStart } }, _sum: { delta: true } });
    const spent = -(debits._sum.delta ?? 0);
    const capRemaining = cap === null ? null : Math.max(0, cap - spent - wallet.held);
    await tx.wallet.update({ where: { userId }, data: { capRemaining } });
    return { spent, capRemaining };
  });
}
