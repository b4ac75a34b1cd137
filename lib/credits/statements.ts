import type { Hold } from "@/lib/db";
import { LedgerInvariantError } from "./invariant-error";
import { insertUsage, ROLLUP, ROLLUP_CONFLICT, USAGE_EVENT } from "./usage";

// The hot path of a paid request (hold, then settle) as plain SQL, so that each step costs as few
// statements as the database allows: one CTE statement each on PostgreSQL, a handful on SQLite,
// where every statement through Prisma costs a few hundred microseconds. bench/ledger.ts runs these
// same functions on the raw drivers to measure what Prisma adds.

export type Dialect = "sqlite" | "postgres";
export type Row = Record<string, unknown>;
/** Runs one statement written with `$1…$n` placeholders and returns its rows. */
export type RunSql = (sql: string, args: unknown[]) => Promise<Row[]>;

/** Rewrites `$n` placeholders for SQLite, which binds `?` in order: repeats and reorders the arguments. */
export function toSqlitePlaceholders(sql: string, args: unknown[]) {
  const ordered: unknown[] = [];
  const text = sql.replace(/\$(\d+)/g, (_, index: string) => {
    ordered.push(args[Number(index) - 1]);
    return "?";
  });
  return { text, args: ordered };
}

/** Where the statements run: Prisma in the app, the raw drivers in bench/ledger.ts. */
export interface SqlSession {
  dialect: Dialect;
  /** Runs one statement on its own (autocommit). */
  run: RunSql;
  /** Runs `work` in one transaction; throwing rolls it back. */
  transaction: <T>(work: (run: RunSql) => Promise<T>) => Promise<T>;
}

export type NewHold = Omit<Hold, "status" | "result" | "finishedAt">;

/** Hold columns and their PostgreSQL types (casts, so that parameters inside VALUES are typed). */
const HOLD_COLUMNS = {
  id: "text", userId: "text", requestId: "text", amount: "int", kind: '"UsageKind"', model: "text", units: "text",
  groupId: "text", conversationId: "text", expiresAt: "timestamp(3)", createdAt: "timestamp(3)",
} as const;

class Unaffordable extends Error {}

/**
 * Reserves the total of the hold rows with the one conditional wallet write (enough balance, within
 * the spend cap) and inserts the rows, atomically. Returns false, having written nothing, when the
 * wallet cannot afford it. A request id seen before fails on the unique index (and writes nothing).
 *
 * Lock order, the same in every money transaction on PostgreSQL: the user's wallet row first.
 */
export async function insertHoldsAndReserve(session: SqlSession, userId: string, total: number, holds: NewHold[], now: Date) {
  const columns = Object.keys(HOLD_COLUMNS) as (keyof typeof HOLD_COLUMNS)[];
  const args: unknown[] = [userId, total, now];
  const cast = session.dialect === "postgres" ? (column: keyof typeof HOLD_COLUMNS) => `::${HOLD_COLUMNS[column]}` : () => "";
  const values = holds.map((row) => `(${columns.map((column) => `$${args.push(row[column])}${cast(column)}`).join(", ")})`);
  // Status is left to its column default, HELD.
  const insert = `INSERT INTO "Hold" (${columns.map((column) => `"${column}"`).join(", ")})`;
  const reserve = `UPDATE "Wallet" SET "available" = "available" - $2, "held" = "held" + $2, "capRemaining" = "capRemaining" - $2, "updatedAt" = $3
    WHERE "userId" = $1 AND "available" >= $2 AND ("capRemaining" IS NULL OR "capRemaining" >= $2) RETURNING 1`;
  if (session.dialect === "postgres") {
    // One statement, atomic on its own: the rows are inserted only if the wallet write reserved the credits.
    const [row] = await session.run(
      `WITH reserved AS (${reserve}), inserted AS (${insert} SELECT * FROM (VALUES ${values.join(", ")}) AS v WHERE EXISTS (SELECT 1 FROM reserved) RETURNING 1)
       SELECT (SELECT count(*) FROM inserted)::int AS "inserted"`,
      args,
    );
    return row?.inserted === holds.length;
  }
  try {
    return await session.transaction(async (run) => {
      await run(`${insert} VALUES ${values.join(", ")}`, args);
      if ((await run(reserve, args)).length === 0) throw new Unaffordable();
      return true;
    });
  } catch (error) {
    if (error instanceof Unaffordable) return false;
    throw error;
  }
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

export interface SettledCharge {
  hold: Hold;
  charge: number;
  /** Wallet balance (available + held) after the charge. */
  balanceAfter: number;
  /** False when the first bucket in spend order could not cover the charge: the caller debits across buckets. */
  debited: boolean;
}

/**
 * Settles a HELD hold and charges it: hold → SETTLED, held credits leave the wallet, the first bucket
 * in spend order is debited with its ledger entry, and the usage event and hourly rollup are written.
 * Returns null when the hold is not HELD (already settled or released).
 */
export async function settleAndCharge(dialect: Dialect, run: RunSql, input: SettleSqlInput): Promise<SettledCharge | null> {
  if (input.credits !== null && !(Number.isInteger(input.credits) && input.credits >= 0)) {
    throw new LedgerInvariantError(`charge ${input.credits} is not a whole number of credits`);
  }
  return dialect === "postgres" ? settlePostgres(run, input) : settleSqlite(run, input);
}

const FIRST_BUCKET = `SELECT "id" FROM "CreditBucket" WHERE "userId" = $1 AND "remaining" > 0 ORDER BY "spendOrder", "expiresAt" NULLS LAST, "createdAt" LIMIT 1`;
const LEDGER_DEBIT = `INSERT INTO "LedgerEntry" ("id", "userId", "bucketId", "requestId", "type", "delta", "balanceAfter", "createdAt")`;

/**
 * One statement. Lock order as in every money transaction: the wallet row (locked before the hold
 * is touched), the hold, then the bucket. The bucket is picked from the statement's snapshot, and its
 * write re-checks `remaining` on the latest row version: if a concurrent charge emptied it, nothing is
 * debited here and the caller spreads the charge across buckets.
 */
async function settlePostgres(run: RunSql, { userId, requestId, result, credits, now, ids }: SettleSqlInput): Promise<SettledCharge | null> {
  const [row] = await run(
    `WITH locked AS (
      SELECT 1 FROM "Wallet" WHERE "userId" = $1 FOR UPDATE
    ), settled AS (
      UPDATE "Hold" SET "status" = 'SETTLED', "finishedAt" = $3::timestamp(3), "result" = $4
      WHERE "userId" = $1 AND "requestId" = $2 AND "status" = 'HELD' AND EXISTS (SELECT 1 FROM locked)
      RETURNING *, COALESCE($5::int, "amount") AS "charge"
    ), wallet AS (
      UPDATE "Wallet" AS w SET "held" = w."held" - s."amount", "available" = w."available" + s."amount" - s."charge",
        "capRemaining" = w."capRemaining" + s."amount" - s."charge", "updatedAt" = $3::timestamp(3)
      FROM settled AS s
      WHERE w."userId" = s."userId" AND w."held" >= s."amount" AND s."charge" <= s."amount"
      RETURNING w."available" + w."held" AS "balanceAfter"
    ), debited AS (
      UPDATE "CreditBucket" AS b SET "remaining" = b."remaining" - s."charge"
      FROM settled AS s
      WHERE b."id" = (${FIRST_BUCKET})
        AND s."charge" > 0 AND b."remaining" >= s."charge"
      RETURNING b."id"
    ), ledger AS (
      ${LEDGER_DEBIT}
      SELECT $6, $1, d."id", $2, 'DEBIT', -s."charge", w."balanceAfter", $3::timestamp(3) FROM debited AS d, settled AS s, wallet AS w
    ), usage AS (
      ${USAGE_EVENT}
      SELECT $7, s."userId", s."id", s."requestId", s."kind", s."model", s."units", s."charge", 'SUCCEEDED',
        GREATEST(0, EXTRACT(EPOCH FROM ($3::timestamp(3) - s."createdAt")) * 1000)::int, s."groupId", s."conversationId", s."createdAt"
      FROM settled AS s
    ), rollup AS (
      ${ROLLUP}
      SELECT s."userId", date_trunc('hour', s."createdAt"), s."model", s."kind", 1, 0, s."charge" FROM settled AS s
      ${ROLLUP_CONFLICT}
    )
    SELECT s.*, (SELECT "balanceAfter" FROM wallet) AS "balanceAfter", (SELECT count(*) FROM debited)::int AS "debited" FROM settled AS s`,
    [userId, requestId, now, result, credits, ids.ledgerEntry, ids.usageEvent],
  );
  if (!row) return null;
  const { charge, balanceAfter, debited, ...hold } = row;
  return checked(toHold(hold), Number(charge), balanceAfter, debited === 1);
}

async function settleSqlite(run: RunSql, { userId, requestId, result, credits, now, ids }: SettleSqlInput): Promise<SettledCharge | null> {
  const [row] = await run(
    `UPDATE "Hold" SET "status" = 'SETTLED', "finishedAt" = $1, "result" = $2 WHERE "userId" = $3 AND "requestId" = $4 AND "status" = 'HELD' RETURNING *`,
    [now, result, userId, requestId],
  );
  if (!row) return null;
  const hold = toHold(row);
  const charge = credits ?? hold.amount;
  const [wallet] = charge <= hold.amount
    ? await run(
        `UPDATE "Wallet" SET "held" = "held" - $1, "available" = "available" + $2, "capRemaining" = "capRemaining" + $2, "updatedAt" = $3
         WHERE "userId" = $4 AND "held" >= $1 RETURNING "available" + "held" AS "balanceAfter"`,
        [hold.amount, hold.amount - charge, now, userId],
      )
    : [];
  const settledCharge = checked(hold, charge, wallet?.balanceAfter, false);
  if (charge > 0) {
    const [bucket] = await run(
      `UPDATE "CreditBucket" SET "remaining" = "remaining" - $2 WHERE "id" = (${FIRST_BUCKET}) AND "remaining" >= $2 RETURNING "id"`,
      [userId, charge],
    );
    if (bucket) {
      await run(`${LEDGER_DEBIT} VALUES ($1, $2, $3, $4, 'DEBIT', $5, $6, $7)`, [
        ids.ledgerEntry, userId, bucket.id, requestId, -charge, settledCharge.balanceAfter, now,
      ]);
    }
    settledCharge.debited = Boolean(bucket);
  }
  await insertUsage(run, hold, { id: ids.usageEvent, status: "SUCCEEDED", credits: charge, now });
  return settledCharge;
}

function checked(hold: Hold, charge: number, balanceAfter: unknown, debited: boolean): SettledCharge {
  if (charge > hold.amount) throw new LedgerInvariantError(`charge ${charge} outside the held ${hold.amount}`);
  // Absent when the conditional wallet write matched nothing; SQLite may return it as a bigint.
  if (balanceAfter === undefined || balanceAfter === null) throw new LedgerInvariantError(`wallet of ${hold.userId} holds less than hold ${hold.id}`);
  return { hold, charge, balanceAfter: Number(balanceAfter), debited: debited || charge === 0 };
}

/** A hold row as read back from SQL; the raw drivers return SQLite dates as text. */
function toHold(row: Row): Hold {
  const date = (value: unknown) => (value === null || value instanceof Date ? value : new Date(value as string));
  return { ...row, expiresAt: date(row.expiresAt), createdAt: date(row.createdAt), finishedAt: date(row.finishedAt) } as Hold;
}
