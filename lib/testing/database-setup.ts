import { afterAll, afterEach, expect } from "vitest";
import { auditLedger } from "@/lib/credits/audit";
import { db } from "@/lib/db";
import { createTestDatabase } from "./database";

// Every database test file gets its own freshly migrated database of the project's dialect.
const dialect = process.env.TEST_DIALECT === "postgres" ? "postgres" : "sqlite";
const database = await createTestDatabase(dialect);
process.env.DATABASE_URL = database.url;

// The ledger's central promise, checked after every test: balance = sum of ledger = sum of buckets.
afterEach(async () => {
  expect(await auditLedger()).toEqual([]);
});

afterAll(async () => {
  await db().$disconnect();
  await database.drop();
});
