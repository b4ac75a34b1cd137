import "server-only";
import { db, type BucketSource } from "@/lib/db";

export interface Balance {
  available: number;
  held: number;
  /** Credits per source that can still be spent, with the soonest expiry among them. */
  bySource: { source: BucketSource; remaining: number; expiresAt: Date | null }[];
  allowanceResetsAt: Date;
}

export async function getBalance({ userId }: { userId: string }): Promise<Balance | null> {
  const [wallet, buckets, user] = await Promise.all([
    db().wallet.findUnique({ where: { userId } }),
    db().creditBucket.findMany({
      where: { userId, remaining: { gt: 0 } },
      select: { source: true, remaining: true, expiresAt: true },
      orderBy: [{ spendOrder: "asc" }, { expiresAt: { sort: "asc", nulls: "last" } }],
    }),
    db().user.findUnique({ where: { id: userId }, select: { periodEnd: true } }),
  ]);
  if (!wallet || !user) return null;
  const bySource = new Map<BucketSource, Balance["bySource"][number]>();
  for (const bucket of buckets) {
    const entry = bySource.get(bucket.source);
    if (entry) entry.remaining += bucket.remaining;
    else bySource.set(bucket.source, { ...bucket });
  }
  return {
    available: wallet.available,
    held: wallet.held,
    bySource: [...bySource.values()],
    allowanceResetsAt: user.periodEnd,
  };
}
