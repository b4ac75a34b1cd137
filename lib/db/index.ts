import { PrismaPg } from "@prisma/adapter-pg";
import path from "node:path";
import { SerializedSQLite3 } from "./sqlite-adapter";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/lib/generated/postgres/client";

// Both generated clients come from one source schema, so their APIs are identical;
// the app is typed against the SQLite one.
export type Db = SqliteClient;
export type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
export { Prisma } from "@/lib/generated/sqlite/client";
export type { Hold, User, Wallet, CreditBucket, LedgerEntry, UsageEvent } from "@/lib/generated/sqlite/client";
export * from "@/lib/generated/sqlite/enums";

export function isPostgresUrl(url: string) {
  return /^postgres(ql)?:\/\//.test(url);
}

export function createDb(url: string): Db {
  if (isPostgresUrl(url)) {
    const adapter = new PrismaPg({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    return new PostgresClient({ adapter }) as unknown as Db;
  }
  const file = path.resolve(url.replace(/^file:/, ""));
  // timeout = busy timeout: another process (seed, jobs) may hold the write lock briefly.
  return new SqliteClient({ adapter: new SerializedSQLite3({ url: file, timeout: 10_000 }) });
}

/** Which SQL dialect `db()` speaks, for the few statements written by hand (lib/credits/statements.ts). */
export function dbDialect(): "sqlite" | "postgres" {
  return isPostgresUrl(databaseUrl()) ? "postgres" : "sqlite";
}

/** DATABASE_URL, or the embedded database of a local run. */
export function databaseUrl() {
  return process.env.DATABASE_URL ?? "file:./prisma/dev.db";
}

const globalForDb = globalThis as unknown as { tallyDb?: { url: string; client: Db } };

/** The process-wide client; survives hot reload and follows DATABASE_URL (tests swap it per file). */
export function db(): Db {
  const url = databaseUrl();
  if (globalForDb.tallyDb?.url !== url) {
    void globalForDb.tallyDb?.client.$disconnect();
    globalForDb.tallyDb = { url, client: createDb(url) };
  }
  return globalForDb.tallyDb.client;
}

/** A unique-constraint violation, from either generated client: P2002, or P2010 for raw SQL. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, meta } = error as { code?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } };
  return (
    code === "P2002" || (code === "P2010" && meta?.driverAdapterError?.cause?.kind === "UniqueConstraintViolation")
  );
}
