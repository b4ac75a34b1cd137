// `npm run bench:ledger`: a full paid request (hold + settle: bucket allocation, ledger entry, usage
// event, hourly rollup) through lib/credits (Prisma), and the same statements on the raw driver
// (better-sqlite3 / pg), in one run, sequentially and with 16 concurrent workers. Prints figures.
import Database from "better-sqlite3";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { createTestDatabase } from "@/lib/testing/database";

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 400);
const WORKERS = 16;

type Runner = { name: string; request: (userId: string) => Promise<void>; close: () => Promise<void> };

async function prismaRunner(url: string): Promise<Runner> {
  process.env.DATABASE_URL = url;
  const { hold, settle, quote } = await import("@/lib/credits");
  const { db } = await import("@/lib/db");
  const price = quote({ kind: "CHAT", model: "swift" });
  return {
    name: "Prisma (lib/credits)",
    request: async (userId) => {
      const requestId = randomUUID();
      await hold({ userId, requestId, quote: price });
      await settle({ userId, requestId, result: { text: "ok" } });
    },
    close: () => db().$disconnect(),
  };
}

/** The statements lib/credits issues for one request, on the raw driver, in the same two transactions. */
const SQL = {
  insertHold: `INSERT INTO "Hold" ("id","userId","requestId","amount","status","kind","model","units","expiresAt","createdAt") VALUES ($1,$2,$3,1,'HELD','CHAT','swift','{}',$4,$5) RETURNING *`,
  reserve: `UPDATE "Wallet" SET "available" = "available" - 1, "held" = "held" + 1, "capRemaining" = "capRemaining" - 1 WHERE "userId" = $1 AND "available" >= 1 AND ("capRemaining" IS NULL OR "capRemaining" >= 1)`,
  settleHold: `UPDATE "Hold" SET "status" = 'SETTLED', "finishedAt" = $1, "result" = '{}' WHERE "userId" = $2 AND "requestId" = $3 AND "status" = 'HELD' RETURNING *`,
  releaseHeld: `UPDATE "Wallet" SET "held" = "held" - 1 WHERE "userId" = $1 AND "held" >= 1 RETURNING "available", "held"`,
  buckets: `SELECT "id", "remaining" FROM "CreditBucket" WHERE "userId" = $1 AND "remaining" > 0 ORDER BY "spendOrder" ASC, "expiresAt" ASC NULLS LAST, "createdAt" ASC LIMIT 4`,
  debitBucket: `UPDATE "CreditBucket" SET "remaining" = "remaining" - 1 WHERE "id" = $1 AND "remaining" >= 1`,
  ledger: `INSERT INTO "LedgerEntry" ("id","userId","bucketId","requestId","type","delta","balanceAfter","createdAt") VALUES ($1,$2,$3,$4,'DEBIT',-1,$5,$6)`,
  usage: `INSERT INTO "UsageEvent" ("id","userId","holdId","requestId","kind","model","units","credits","status","latencyMs","createdAt") VALUES ($1,$2,$3,$4,'CHAT','swift','{}',1,'SUCCEEDED',1,$5)`,
  rollup: `INSERT INTO "UsageHourly" ("userId","hour","model","kind","requests","refunded","credits") VALUES ($1,$2,'swift','CHAT',1,0,1) ON CONFLICT ("userId","hour","model","kind") DO UPDATE SET "requests" = "UsageHourly"."requests" + 1, "credits" = "UsageHourly"."credits" + 1`,
};

function hourOf(date: Date) {
  return new Date(Math.floor(date.getTime() / 3_600_000) * 3_600_000);
}

async function rawPostgresRunner(url: string): Promise<Runner> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const tx = async (work: (client: pg.PoolClient) => Promise<void>) => {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      await work(client);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  };
  return {
    name: "raw pg",
    request: async (userId) => {
      const requestId = randomUUID();
      const now = new Date();
      await tx(async (client) => {
        await client.query(SQL.insertHold, [randomUUID(), userId, requestId, new Date(now.getTime() + 180_000), now]);
        if ((await client.query(SQL.reserve, [userId])).rowCount !== 1) throw new Error("insufficient");
      });
      await tx(async (client) => {
        const held = (await client.query(SQL.settleHold, [now, userId, requestId])).rows[0];
        const wallet = (await client.query(SQL.releaseHeld, [userId])).rows[0];
        const [bucket] = (await client.query(SQL.buckets, [userId])).rows;
        await client.query(SQL.debitBucket, [bucket.id]);
        await client.query(SQL.ledger, [randomUUID(), userId, bucket.id, requestId, wallet.available + wallet.held, now]);
        await client.query(SQL.usage, [randomUUID(), userId, held.id, requestId, now]);
        await client.query(SQL.rollup, [userId, hourOf(now)]);
      });
    },
    close: () => pool.end(),
  };
}

async function rawSqliteRunner(url: string): Promise<Runner> {
  const sqlite = new Database(url.replace(/^file:/, ""));
  sqlite.pragma("busy_timeout = 10000");
  const prepare = (sql: string) => sqlite.prepare(sql.replace(/\$\d+/g, "?"));
  const statements = Object.fromEntries(Object.entries(SQL).map(([key, sql]) => [key, prepare(sql)])) as Record<keyof typeof SQL, Database.Statement>;
  const iso = (date: Date) => date.toISOString().replace("Z", "+00:00");
  const holdTx = sqlite.transaction((userId: string, requestId: string, now: Date) => {
    statements.insertHold.get(randomUUID(), userId, requestId, iso(new Date(now.getTime() + 180_000)), iso(now));
    if (statements.reserve.run(userId).changes !== 1) throw new Error("insufficient");
  });
  const settleTx = sqlite.transaction((userId: string, requestId: string, now: Date) => {
    const held = statements.settleHold.get(iso(now), userId, requestId) as { id: string };
    const wallet = statements.releaseHeld.get(userId) as { available: number; held: number };
    const bucket = statements.buckets.get(userId) as { id: string };
    statements.debitBucket.run(bucket.id);
    statements.ledger.run(randomUUID(), userId, bucket.id, requestId, wallet.available + wallet.held, iso(now));
    statements.usage.run(randomUUID(), userId, held.id, requestId, iso(now));
    statements.rollup.run(userId, iso(hourOf(now)));
  });
  return {
    name: "raw better-sqlite3",
    request: async (userId) => {
      const requestId = randomUUID();
      const now = new Date();
      holdTx(userId, requestId, now);
      settleTx(userId, requestId, now);
    },
    close: async () => {
      sqlite.close();
    },
  };
}

async function measure(runner: Runner, userId: string, workers: number) {
  const perWorker = Math.ceil(REQUESTS / workers);
  const started = performance.now();
  await Promise.all(Array.from({ length: workers }, async () => {
    for (let i = 0; i < perWorker; i += 1) await runner.request(userId);
  }));
  const seconds = (performance.now() - started) / 1000;
  return (perWorker * workers) / seconds;
}

async function benchDialect(dialect: "sqlite" | "postgres") {
  const database = await createTestDatabase(dialect);
  const prisma = await prismaRunner(database.url);
  const { createUser } = await import("@/lib/auth/queries");
  const { grant, auditLedger } = await import("@/lib/credits");
  const users = await Promise.all([0, 1].map((i) => createUser({ email: `bench-${dialect}-${i}-${randomUUID()}@example.test` })));
  for (const user of users) await grant({ userId: user.id, source: "PACK", amount: 1_000_000, grantKey: "pack:bench" });
  const raw = dialect === "sqlite" ? await rawSqliteRunner(database.url) : await rawPostgresRunner(database.url);
  const rows: string[] = [];
  for (const workers of dialect === "sqlite" ? [1] : [1, WORKERS]) {
    const [prismaUser, rawUser] = [users[0]!, users[1]!];
    await measure(prisma, prismaUser.id, workers); // warm-up
    const viaPrisma = await measure(prisma, prismaUser.id, workers);
    await measure(raw, rawUser.id, workers);
    const viaRaw = await measure(raw, rawUser.id, workers);
    rows.push(`| ${dialect} | ${workers} | ${viaPrisma.toFixed(0)} req/s | ${viaRaw.toFixed(0)} req/s | ${(viaPrisma / viaRaw).toFixed(2)}× |`);
  }
  const discrepancies = await auditLedger();
  await raw.close();
  await prisma.close();
  await database.drop();
  if (discrepancies.length > 0) throw new Error(`ledger invariant broken: ${JSON.stringify(discrepancies)}`);
  return rows;
}

const dialects = (process.env.BENCH_DIALECTS ?? "sqlite,postgres").split(",") as ("sqlite" | "postgres")[];
console.log(`Paid request = hold + settle, ${REQUESTS} requests per measurement, one user per path\n`);
console.log("| database | workers | lib/credits (Prisma) | raw driver | Prisma ÷ raw |");
console.log("|---|---|---|---|---|");
for (const dialect of dialects) for (const row of await benchDialect(dialect)) console.log(row);
