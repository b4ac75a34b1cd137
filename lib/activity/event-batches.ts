import "server-only";
import { Prisma, type Tx, type UsageKind, type UsageStatus } from "@/lib/db";

export interface EventRow {
  id: string;
  requestId: string;
  createdAt: Date;
  kind: UsageKind;
  model: string;
  units: string;
  credits: number;
  status: UsageStatus;
  latencyMs: number;
  groupId: string | null;
  conversationId: string | null;
}

export interface EventScan {
  userId: string;
  start?: Date;
  end?: Date;
  model?: string;
  kind?: UsageKind;
  batchSize: number;
}

/**
 * A user's usage events in time order, a batch at a time, for work over any number of rows (the CSV
 * export, the rollup rebuild) in bounded memory. Keyset paging on the (userId, createdAt) index with
 * the id as tie-breaker, so every batch costs the same; the next batch is already being read while
 * the caller handles the current one. Plain SQL because it reads a million rows about twice as fast
 * as findMany, and runs unchanged on SQLite and PostgreSQL.
 */
export async function* eventBatches(
  client: Tx,
  { userId, start, end, model, kind, batchSize }: EventScan,
): AsyncGenerator<EventRow[]> {
  const read = (after: EventRow | undefined) => {
    const batch = client.$queryRaw<EventRow[]>`
      SELECT "id", "requestId", "createdAt", "kind", "model", "units", "credits", "status", "latencyMs", "groupId", "conversationId"
      FROM "UsageEvent"
      WHERE "userId" = ${userId}
        ${start ? Prisma.sql`AND "createdAt" >= ${start}` : Prisma.empty}
        ${end ? Prisma.sql`AND "createdAt" < ${end}` : Prisma.empty}
        ${model ? Prisma.sql`AND "model" = ${model}` : Prisma.empty}
        ${kind ? Prisma.sql`AND "kind" = ${kind}` : Prisma.empty}
        ${after ? Prisma.sql`AND "createdAt" >= ${after.createdAt} AND ("createdAt" > ${after.createdAt} OR "id" > ${after.id})` : Prisma.empty}
      ORDER BY "createdAt", "id"
      LIMIT ${batchSize}`;
    // Awaited on the next turn; until then a failure must not count as an unhandled rejection.
    batch.catch(() => {});
    return batch;
  };
  let next: Promise<EventRow[]> | null = read(undefined);
  while (next) {
    const rows: EventRow[] = await next;
    next = rows.length === batchSize ? read(rows.at(-1)) : null;
    if (rows.length > 0) yield rows;
  }
}
