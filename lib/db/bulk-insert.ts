import { Prisma, type Tx } from "./index";

// Below SQLite's 32,766 bound parameters per statement (PostgreSQL allows 65,535).
const MAX_PARAMETERS = 30_000;

/**
 * Inserts rows with multi-row INSERT statements of bound parameters: the same SQL on SQLite and
 * PostgreSQL, and many times faster than createMany for the hundreds of thousands of rows written by
 * the heavy seed and the rollup rebuild. Dates are bound as Dates, so each adapter stores them in
 * the format Prisma itself writes (and compares).
 */
export async function insertRows<Row extends object>(
  tx: Tx,
  table: "UsageEvent" | "LedgerEntry" | "UsageHourly",
  rows: readonly Row[],
) {
  const first = rows[0];
  if (!first) return;
  const columns = Object.keys(first);
  const perStatement = Math.floor(MAX_PARAMETERS / columns.length);
  const head = Prisma.raw(`INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(", ")}) VALUES `);
  for (let start = 0; start < rows.length; start += perStatement) {
    const values = rows
      .slice(start, start + perStatement)
      .map(
        (row) =>
          Prisma.sql`(${Prisma.join(columns.map((column) => (row as Record<string, unknown>)[column] ?? null))})`,
      );
    await tx.$executeRaw(Prisma.sql`${head}${Prisma.join(values)}`);
  }
}
