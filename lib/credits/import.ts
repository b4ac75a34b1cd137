import { db, type UsageKind, type UsageStatus } from "@/lib/db";
import { insertRows } from "@/lib/db/bulk-insert";
import { LedgerInvariantError } from "./invariant-error";
import { RollupAccumulator } from "./rollups";

/** A request that already ran, charged (credits > 0) or refunded (0). */
export interface FinishedRequest {
  id: string;
  holdId: string;
  requestId: string;
  kind: UsageKind;
  model: string;
  units: string;
  credits: number;
  status: UsageStatus;
  latencyMs: number;
  groupId: string | null;
  createdAt: Date;
}

const BATCH = 2_000;

/**
 * Imports requests that already ran, as if each had been held and settled from one bucket (the heavy
 * seed's million events; a move from another system): their usage events, one DEBIT ledger entry per
 * charged request, the hourly rollups, and the bucket and wallet debited by the total, in one
 * transaction with multi-row inserts. The bucket (found by its grant key) must cover the total: the
 * conditional debit refuses otherwise and nothing is imported. `requests` is read twice (total, then rows).
 */
export async function importFinishedRequests({
  userId,
  grantKey,
  requests,
  onProgress,
}: {
  userId: string;
  grantKey: string;
  requests: () => Iterable<FinishedRequest>;
  onProgress?: (imported: number) => void;
}) {
  let spent = 0;
  for (const request of requests()) spent += request.credits;
  return db().$transaction(
    async (tx) => {
      const bucket = await tx.creditBucket.findUniqueOrThrow({ where: { userId_grantKey: { userId, grantKey } } });
      const debited = await tx.creditBucket.updateMany({
        where: { id: bucket.id, remaining: { gte: spent } },
        data: { remaining: { decrement: spent } },
      });
      const wallet = await tx.wallet.updateMany({
        where: { userId, available: { gte: spent } },
        data: { available: { decrement: spent } },
      });
      if (debited.count !== 1 || wallet.count !== 1)
        throw new LedgerInvariantError(`import of ${spent} credits exceeds the balance of ${grantKey}`);
      let balance = (await tx.wallet.findUniqueOrThrow({ where: { userId } })).available + spent;
      const rollups = new RollupAccumulator();
      let events: Record<string, unknown>[] = [];
      let entries: Record<string, unknown>[] = [];
      let imported = 0;
      const flush = async () => {
        await insertRows(tx, "UsageEvent", events);
        await insertRows(tx, "LedgerEntry", entries);
        events = [];
        entries = [];
      };
      for (const request of requests()) {
        const { id, ...fields } = request;
        events.push({ id, userId, ...fields });
        rollups.add({ userId, ...fields });
        if (request.credits > 0) {
          balance -= request.credits;
          const settledAt = new Date(request.createdAt.getTime() + request.latencyMs);
          entries.push({
            id: `${id}:debit`,
            userId,
            bucketId: bucket.id,
            requestId: request.requestId,
            type: "DEBIT",
            delta: -request.credits,
            balanceAfter: balance,
            createdAt: settledAt,
          });
        }
        imported += 1;
        if (events.length === BATCH) await flush();
        if (imported % 100_000 === 0) onProgress?.(imported);
      }
      if (events.length > 0) await flush();
      await insertRows(tx, "UsageHourly", rollups.values());
      return { imported, spent };
    },
    { maxWait: 60_000, timeout: 60 * 60_000 },
  );
}
