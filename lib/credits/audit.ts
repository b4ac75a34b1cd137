import { db } from "@/lib/db";

export interface LedgerDiscrepancy {
  userId: string;
  wallet: number;
  ledger: number;
  buckets: number;
  heldInWallet: number;
  heldInHolds: number;
}

/**
 * Checks the ledger's promises for every user: wallet balance (available + held) equals the sum of
 * ledger deltas and the sum of bucket remainders, and wallet.held equals the open holds.
 * Returns the users where they do not.
 */
export async function auditLedger(): Promise<LedgerDiscrepancy[]> {
  const [wallets, ledger, buckets, holds] = await Promise.all([
    db().wallet.findMany({ select: { userId: true, available: true, held: true } }),
    db().ledgerEntry.groupBy({ by: ["userId"], _sum: { delta: true } }),
    db().creditBucket.groupBy({ by: ["userId"], _sum: { remaining: true } }),
    db().hold.groupBy({ by: ["userId"], where: { status: "HELD" }, _sum: { amount: true } }),
  ]);
  const sums = (rows: { userId: string; _sum: Record<string, number | null> }[]) =>
    new Map(rows.map((row) => [row.userId, Object.values(row._sum)[0] ?? 0]));
  const ledgerBy = sums(ledger);
  const bucketsBy = sums(buckets);
  const holdsBy = sums(holds);
  return wallets
    .map((wallet) => ({
      userId: wallet.userId,
      wallet: wallet.available + wallet.held,
      ledger: ledgerBy.get(wallet.userId) ?? 0,
      buckets: bucketsBy.get(wallet.userId) ?? 0,
      heldInWallet: wallet.held,
      heldInHolds: holdsBy.get(wallet.userId) ?? 0,
    }))
    .filter((row) => row.wallet !== row.ledger || row.wallet !== row.buckets || row.heldInWallet !== row.heldInHolds || row.wallet < 0);
}
