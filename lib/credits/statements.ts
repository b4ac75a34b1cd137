import type { Hold } from "@/lib/db";
import { LedgerInvariantError } from "./invariant-error";
import type { Dialect, Row, RunSql, SqlSession } from "./sql";
import { insertUsage, MAX_LATENCY_MS, ROLLUP, ROLLUP_CONFLICT, USAGE_EVENT } from "./usage";

// The hot path of a paid request (hold, then settle) as plain SQL, so that each step costs as few
// statements as the database allows: one statement each on PostgreSQL, a handful on SQLite,
// where every statement through Prisma costs a few hundred microseconds. bench/ledger.ts runs these
// same functions on the raw drivers to measure what Prisma adds.

export type NewHold = Omit<Hold, "status" | "result" | "finishedAt" | "periodStart" | "dayStart">;

/** Hold columns and their PostgreSQL types (casts, so that parameters inside VALUES are typed). */
const HOLD_COLUMNS = {
  id: "text",
  userId: "text",
  requestId: "text",
  amount: "int",
  kind: '"UsageKind"',
  model: "text",
  units: "text",
  groupId: "text",
  conversationId: "text",
  expiresAt: "timestamp(3)",
  createdAt: "timestamp(3)",
} as const;

const FIRST_BUCKET = `SELECT "id", "remaining" FROM "CreditBucket" WHERE "userId" = $1 AND "remaining" > 0
  ORDER BY "spendOrder", "expiresAt" NULLS LAST, "createdAt" LIMIT 1`;
// The wallet's day must be today (`dayEnd` ahead): otherwise the general path starts the new day first.
const RESERVE_WALLET = `UPDATE "Wallet" SET "available" = "available" - $2, "held" = "held" + $2, "capUsed" = "capUsed" + $2,
    "dayUsed" = "dayUsed" + $2, "updatedAt" = $3
  WHERE "userId" = $1 AND "available" >= $2 AND ("spendCap" IS NULL OR "capUsed" + $2 <= "spendCap")
    AND "dayEnd" > $3 AND ("dailyCap" IS NULL OR "dayUsed" + $2 <= "dailyCap")`;
const NEW_DAY = `SELECT "dayEnd" <= $3 AS "newDay" FROM "Wallet" WHERE "userId" = $1`;
const ALLOCATION = `INSERT INTO "HoldAllocation" ("holdId", "bucketId", "amount")`;

/**
 * What the fast hold did: reserved (rows written), unaffordable (nothing written: the balance or a
 * spend cap cannot cover it), or spread (nothing written: the first bucket in spend order cannot
 * cover it alone, a concurrent request just took from it, or the wallet's day is over; the caller
 * reserves across buckets, starting the new day if need be).
 */
export type ReserveOutcome =
  { status: "reserved"; periodStart: Date; dayStart: Date } | { status: "unaffordable" | "spread" };

class Spread extends Error {}

/**
 * The fast path of a hold: when the first bucket in spend order covers the whole amount, one conditional
 * wallet write (enough balance, within the spend cap) reserves it, the bucket's share moves from
 * `remaining` to `held`, and the hold rows and their allocation are inserted, atomically. A request id
 * seen before fails on the unique index (and writes nothing).
 *
 * Lock order, the same in every money transaction on PostgreSQL: the user's wallet row first.
 */
export async function reserveFromFirstBucket(
  session: SqlSession,
  userId: string,
  total: number,
  holds: NewHold[],
  now: Date,
): Promise<ReserveOutcome> {
  if (!(Number.isInteger(total) && total > 0)) throw new LedgerInvariantError(`hold of ${total} credits`);
  const columns = Object.keys(HOLD_COLUMNS) as (keyof typeof HOLD_COLUMNS)[];
  const args: unknown[] = [userId, total, now];
  const cast =
    session.dialect === "postgres" ? (column: keyof typeof HOLD_COLUMNS) => `::${HOLD_COLUMNS[column]}` : () => "";
  const values = holds.map(
    (row) => `(${columns.map((column) => `$${args.push(row[column])}${cast(column)}`).join(", ")})`,
  );
  // Status is left to its column default, HELD; the period and day are the wallet's, the ones the caps count.
  const insert = `INSERT INTO "Hold" (${[...columns, "periodStart", "dayStart"].map((column) => `"${column}"`).join(", ")})`;
  if (session.dialect === "postgres") {
    try {
      // One statement, atomic on its own. The bucket is picked from the statement's snapshot; its write
      // re-checks `remaining` on the latest row once the wallet lock is ours. Should a concurrent request
      // have emptied it meanwhile, the allocation's bucket id is NULL and its NOT NULL constraint rolls the
      // whole statement back: then the caller spreads the hold across buckets.
      const [row] = await session.run(
        `WITH first AS (${FIRST_BUCKET}),
        reserved AS (${RESERVE_WALLET} AND EXISTS (SELECT 1 FROM first WHERE "remaining" >= $2) RETURNING "periodStart", "dayStart"),
        bucket AS (
          UPDATE "CreditBucket" AS b SET "remaining" = b."remaining" - $2, "held" = b."held" + $2
          FROM first AS f WHERE b."id" = f."id" AND b."remaining" >= $2 AND EXISTS (SELECT 1 FROM reserved)
          RETURNING b."id"
        ), inserted AS (
          ${insert} SELECT v.*, r."periodStart", r."dayStart" FROM (VALUES ${values.join(", ")}) AS v CROSS JOIN reserved AS r RETURNING "id", "amount"
        ), allocated AS (
          ${ALLOCATION} SELECT i."id", (SELECT "id" FROM bucket), i."amount" FROM inserted AS i RETURNING 1
        )
        SELECT (SELECT count(*) FROM allocated)::int AS "allocated", (SELECT "periodStart" FROM reserved) AS "periodStart",
          (SELECT "dayStart" FROM reserved) AS "dayStart", EXISTS (SELECT 1 FROM first WHERE "remaining" >= $2) AS "covers",
          (${NEW_DAY}) AS "newDay"`,
        args,
      );
      if (row?.allocated === holds.length)
        return { status: "reserved", periodStart: asDate(row.periodStart), dayStart: asDate(row.dayStart) };
      return { status: row?.covers && !row.newDay ? "unaffordable" : "spread" };
    } catch (error) {
      if (isNullViolation(error)) return { status: "spread" };
      throw error;
    }
  }
  try {
    return await session.transaction(async (run) => {
      const [wallet] = await run(`${RESERVE_WALLET} RETURNING "periodStart", "dayStart"`, args);
      if (!wallet) {
        const [day] = await run(NEW_DAY, args);
        return { status: day?.newDay ? "spread" : "unaffordable" } as const;
      }
      const [bucket] = await run(
        `UPDATE "CreditBucket" SET "remaining" = "remaining" - $2, "held" = "held" + $2
        WHERE "id" = (SELECT "id" FROM (${FIRST_BUCKET})) AND "remaining" >= $2 RETURNING "id"`,
        args,
      );
      if (!bucket) throw new Spread();
      await run(
        `${insert} VALUES ${values.map((row) => row.replace(/\)$/, `, $${args.push(wallet.periodStart)}, $${args.push(wallet.dayStart)})`)).join(", ")}`,
        args,
      );
      const shares = holds.map((row) => [row.id, bucket.id, row.amount]);
      await run(
        `${ALLOCATION} VALUES ${shares.map((_, i) => `($${3 * i + 1}, $${3 * i + 2}, $${3 * i + 3})`).join(", ")}`,
        shares.flat(),
      );
      return {
        status: "reserved",
        periodStart: asDate(wallet.periodStart),
        dayStart: asDate(wallet.dayStart),
      } as const;
    });
  } catch (error) {
    if (error instanceof Spread) return { status: "spread" };
    throw error;
  }
}

/** A NOT NULL violation, through Prisma's driver adapters or straight from `pg` (the benchmark). */
function isNullViolation(error: unknown) {
  if (typeof error !== "object" || error === null) return false;
  const { code, meta } = error as { code?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } };
  return code === "23502" || meta?.driverAdapterError?.cause?.kind === "NullConstraintViolation";
}

export interface SettleSqlInput {
  userId: string;
  requestId: string;
  /** JSON of what the request produced. */
  result: string;
  /** Actual charge; null charges the held amount. */
  credits: number | null;
  now: Date;
  ids: { ledgerEntry: string; usageEvent: string };
}

const LEDGER_DEBIT = `INSERT INTO "LedgerEntry" ("id", "userId", "bucketId", "requestId", "type", "delta", "balanceAfter", "createdAt")`;
/** Only a hold reserved from one bucket and charged in full takes the fast settle. */
const ONE_SHARE = `(SELECT count(*) FROM "HoldAllocation" AS a WHERE a."holdId" = "Hold"."id") = 1`;

/**
 * The fast path of a settle, for the common case: the hold is charged its full amount and was reserved
 * from a single bucket. The hold turns SETTLED, its credits leave the wallet's and the bucket's `held`,
 * and the ledger entry, usage event and hourly rollup are written. The spend cap's count does not
 * change (what was held is now spent). Returns null, having written nothing, when the hold is not HELD
 * or does not qualify: the caller then takes the general path (lib/credits/finish.ts).
 */
export async function settleFromOneBucket(dialect: Dialect, run: RunSql, input: SettleSqlInput): Promise<Hold | null> {
  return dialect === "postgres" ? settlePostgres(run, input) : settleSqlite(run, input);
}

/**
 * One statement. Lock order as in every money transaction: the wallet row (locked before the hold
 * is touched), the hold, then the bucket.
 */
async function settlePostgres(
  run: RunSql,
  { userId, requestId, result, credits, now, ids }: SettleSqlInput,
): Promise<Hold | null> {
  const [row] = await run(
    `WITH locked AS (
      SELECT 1 FROM "Wallet" WHERE "userId" = $1 FOR UPDATE
    ), settled AS (
      UPDATE "Hold" SET "status" = 'SETTLED', "finishedAt" = $3::timestamp(3), "result" = $4
      WHERE "userId" = $1 AND "requestId" = $2 AND "status" = 'HELD' AND EXISTS (SELECT 1 FROM locked)
        AND ($5::int IS NULL OR $5::int = "amount") AND ${ONE_SHARE}
      RETURNING *
    ), wallet AS (
      UPDATE "Wallet" AS w SET "held" = w."held" - s."amount", "updatedAt" = $3::timestamp(3)
      FROM settled AS s WHERE w."userId" = s."userId" AND w."held" >= s."amount"
      RETURNING w."available" + w."held" AS "balanceAfter"
    ), debited AS (
      UPDATE "CreditBucket" AS b SET "held" = b."held" - s."amount"
      FROM settled AS s, "HoldAllocation" AS a
      WHERE a."holdId" = s."id" AND b."id" = a."bucketId" AND b."held" >= s."amount"
      RETURNING b."id"
    ), ledger AS (
      ${LEDGER_DEBIT}
      SELECT $6, $1, d."id", $2, 'DEBIT', -s."amount", w."balanceAfter", $3::timestamp(3) FROM debited AS d, settled AS s, wallet AS w
    ), usage AS (
      ${USAGE_EVENT}
      SELECT $7, s."userId", s."id", s."requestId", s."kind", s."model", s."units", s."amount", 'SUCCEEDED',
        LEAST(${MAX_LATENCY_MS}, GREATEST(0, EXTRACT(EPOCH FROM ($3::timestamp(3) - s."createdAt")) * 1000))::int,
        s."groupId", s."conversationId", s."createdAt"
      FROM settled AS s
    ), rollup AS (
      ${ROLLUP}
      SELECT s."userId", date_trunc('hour', s."createdAt"), s."model", s."kind", 1, 0, s."amount" FROM settled AS s
      ${ROLLUP_CONFLICT}
    )
    SELECT s.*, (SELECT count(*) FROM wallet)::int AS "wallets", (SELECT count(*) FROM debited)::int AS "debited" FROM settled AS s`,
    [userId, requestId, now, result, credits, ids.ledgerEntry, ids.usageEvent],
  );
  if (!row) return null;
  const { wallets, debited, ...hold } = row;
  if (wallets !== 1 || debited !== 1)
    throw new LedgerInvariantError(`wallet or bucket of ${userId} holds less than hold ${String(hold.id)}`);
  return toHold(hold);
}

async function settleSqlite(
  run: RunSql,
  { userId, requestId, result, credits, now, ids }: SettleSqlInput,
): Promise<Hold | null> {
  const [row] = await run(
    `UPDATE "Hold" SET "status" = 'SETTLED', "finishedAt" = $1, "result" = $2
     WHERE "userId" = $3 AND "requestId" = $4 AND "status" = 'HELD' AND ($5 IS NULL OR $5 = "amount") AND ${ONE_SHARE} RETURNING *`,
    [now, result, userId, requestId, credits],
  );
  if (!row) return null;
  const hold = toHold(row);
  const [wallet] = await run(
    `UPDATE "Wallet" SET "held" = "held" - $1, "updatedAt" = $2 WHERE "userId" = $3 AND "held" >= $1 RETURNING "available" + "held" AS "balanceAfter"`,
    [hold.amount, now, userId],
  );
  const [bucket] = await run(
    `UPDATE "CreditBucket" SET "held" = "held" - $1 WHERE "id" = (SELECT "bucketId" FROM "HoldAllocation" WHERE "holdId" = $2) AND "held" >= $1 RETURNING "id"`,
    [hold.amount, hold.id],
  );
  if (!wallet || !bucket)
    throw new LedgerInvariantError(`wallet or bucket of ${userId} holds less than hold ${hold.id}`);
  await run(`${LEDGER_DEBIT} VALUES ($1, $2, $3, $4, 'DEBIT', $5, $6, $7)`, [
    ids.ledgerEntry,
    userId,
    bucket.id,
    requestId,
    -hold.amount,
    Number(wallet.balanceAfter),
    now,
  ]);
  await insertUsage(run, hold, { id: ids.usageEvent, status: "SUCCEEDED", credits: hold.amount, now });
  return hold;
}

/** Raw SQL returns SQLite dates as text. */
const asDate = (value: unknown) => (value instanceof Date ? value : new Date(value as string));

/** A hold row as read back from SQL. */
function toHold(row: Row): Hold {
  return {
    ...row,
    expiresAt: asDate(row.expiresAt),
    createdAt: asDate(row.createdAt),
    finishedAt: row.finishedAt === null ? null : asDate(row.finishedAt),
    periodStart: asDate(row.periodStart),
    dayStart: asDate(row.dayStart),
  } as Hold;
}
