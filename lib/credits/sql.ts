// What every hand-written statement of the ledger runs on (statements.ts, usage.ts, transaction.ts): the
// same `$1…$n` SQL on Prisma in the app and on the raw drivers in bench/ledger.ts.

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
