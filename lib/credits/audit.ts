import { db } from "@/lib/db";

export interface LedgerDiscrepancy {
  userId: string;
  wallet: number;
  ledger: number;
  buckets: number;
  heldInWallet: number;
  heldInHolds: number;
  heldInBuckets: number;
  allocated: number;
}

/**
 * Checks the ledger's promises for every user: wallet balance (available + held) equals the sum of
 * ledger deltas and the sum of the buckets' remaining + held, and wallet.held equals the open holds,
 * what the buckets hold for them, and what their allocations say.
 * Returns the users where they do not.
 */
export async function auditLedger(): Promise<LedgerDiscrepancy[]> {
  const [wallets, ledger, buckets, holds, allocations] = await Promise.all([
    db().wallet.findMany({ select: { userId: true, available: true, held: true } }),
    db().ledgerEntry.groupBy({ by: ["userId"], _sum: { delta: true } }),
    db().creditBucket.groupBy({ by: ["userId"], _sum: { remaining: true, held: true } }),
    db().hold.groupBy({ by: ["userId"], where: { status: "HELD" }, _sum: { amount: true } }),
    db().holdAllocation.findMany({
      where: { hold: { status: "HELD" } },
      select: { amount: true, hold: { select: { userId: true } } },
    }),
  ]);
  const sums = (rows: { userId: string; _sum: Record<string, number | null> }[]) =>
    new Map(
      rows.map((row) => [row.userId, Object.values(row._sum).reduce<number>((sum, value) => sum + (value ?? 0), 0)]),
    );
  const ledgerBy = sums(ledger);
  const bucketsBy = sums(buckets);
  const bucketHeldBy = new Map(buckets.map((row) => [row.userId, row._sum.held ?? 0]));
  const holdsBy = sums(holds);
  const allocatedBy = new Map<string, number>();
  for (const { amount, hold } of allocations)
    allocatedBy.set(hold.userId, (allocatedBy.get(hold.userId) ?? 0) + amount);
  return wallets
    .map((wallet) => ({
      userId: wallet.userId,
      wallet: wallet.available + wallet.held,
      ledger: ledgerBy.get(wallet.userId) ?? 0,
      buckets: bucketsBy.get(wallet.userId) ?? 0,
      heldInWallet: wallet.held,
      heldInHolds: holdsBy.get(wallet.userId) ?? 0,
      heldInBuckets: bucketHeldBy.get(wallet.userId) ?? 0,
      allocated: allocatedBy.get(wallet.userId) ?? 0,
    }))
    .filter(
      (row) =>
        row.wallet !== row.ledger ||
        row.wallet !== row.buckets ||
        row.heldInWallet !== row.heldInHolds ||
        row.heldInWallet !== row.heldInBuckets ||
        row.heldInWallet !== row.allocated ||
        row.wallet < 0,
    );
}
