import { db, dbDialect, type Tx } from "@/lib/db";
import { TX_OPTIONS } from "./policy";
import { toSqlitePlaceholders, type Row, type RunSql, type SqlSession } from "./sql";

/** Runs one money operation in one interactive transaction; every balance change goes through here. */
export function ledgerTx<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  return db().$transaction((tx) => work(tx), TX_OPTIONS);
}

/** Runs the ledger's plain SQL (lib/credits/statements.ts) through Prisma inside `tx`. */
export function sqlIn(tx: Tx): RunSql {
  if (dbDialect() === "postgres") return (sql, args) => tx.$queryRawUnsafe<Row[]>(sql, ...args);
  return (sql, args) => {
    const { text, args: ordered } = toSqlitePlaceholders(sql, args);
    return tx.$queryRawUnsafe<Row[]>(text, ...ordered);
  };
}

/** The ledger's plain SQL through Prisma: one statement on its own, or inside a ledger transaction. */
export function ledgerSession(): SqlSession {
  return { dialect: dbDialect(), run: sqlIn(db()), transaction: (work) => ledgerTx((tx) => work(sqlIn(tx))) };
}
