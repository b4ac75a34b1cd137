import "server-only";
import { randomUUID } from "node:crypto";
import { creditsForEarnings } from "@/config/affiliate";
import { grantInTx, ledgerTx } from "@/lib/credits";
import { AppError } from "@/lib/errors";

/**
 * Takes every approved, unpaid earning as credits at once, in one transaction: the earnings are claimed
 * for this payout with a compare-and-swap (so two concurrent payouts never both take one), their sum
 * (clawbacks included) must be positive, and the credits are granted in their own bucket keyed by the
 * payout — so a payout can never exceed what was approved, and is granted exactly once.
 */
export async function takeEarningsAsCredits({ userId, now = new Date() }: { userId: string; now?: Date }) {
  const payoutId = randomUUID();
  return ledgerTx(async (tx) => {
    await tx.affiliateEarning.updateMany({
      where: { affiliateId: userId, status: "APPROVED", payoutId: null },
      data: { status: "PAID", payoutId },
    });
    const { _sum } = await tx.affiliateEarning.aggregate({ where: { payoutId }, _sum: { cents: true } });
    const cents = _sum.cents ?? 0;
    const credits = creditsForEarnings(cents);
    // Rolls the claim back: nothing approved yet, or a clawback still larger than what was earned since.
    if (credits <= 0) throw new AppError("CONFLICT", "You have no approved earnings to take yet.");
    await tx.affiliatePayout.create({
      data: { id: payoutId, affiliateId: userId, method: "CREDITS", cents, credits, createdAt: now },
    });
    await grantInTx(tx, {
      userId,
      source: "AFFILIATE",
      amount: credits,
      grantKey: `affiliate-payout:${payoutId}`,
      now,
    });
    return { payoutId, cents, credits };
  });
}
