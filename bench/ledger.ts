// `npm run bench:ledger`: a full paid request (hold + settle: bucket allocation, ledger entry, usage
// event, hourly rollup) through lib/credits (Prisma), and the same SQL (lib/credits/statements.ts)
// on the raw driver (better-sqlite3 / pg), in one run, sequentially and with 16 concurrent workers.
import Database from "better-sqlite3";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { toSqlitePlaceholders, type Row, type RunSql, type SqlSession } from "@/lib/credits/sql";
import { reserveFromFirstBucket, settleFromOneBucket } from "@/lib/credits/statements";
import { createTestDatabase } from "@/lib/testing/database";

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 800);
const WORKERS = 16;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);

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

/** Runs the hold and settle statements of lib/credits/statements.ts on the raw driver, as lib/credits does. */
function rawRequest(session: SqlSession) {
  return async (userId: string) => {
    const requestId = randomUUID();
    const now = new Date();
    const row = {
      id: randomUUID(),
      userId,
      requestId,
      amount: 1,
      kind: "CHAT" as const,
      model: "swift",
      units: "{}",
      groupId: null,
      conversationId: null,
      expiresAt: new Date(now.getTime() + 180_000),
      createdAt: now,
    };
    if ((await reserveFromFirstBucket(session, userId, 1, [row], now)).status !== "reserved")
      throw new Error("the bench's pack should cover every hold");
    await session.transaction(async (run) => {
      const settled = await settleFromOneBucket(session.dialect, run, {
        userId,
        requestId,
        result: "{}",
        credits: null,
        now,
        ids: { ledgerEntry: randomUUID(), usageEvent: randomUUID() },
      });
      if (!settled) throw new Error("a full charge from one bucket should take the fast settle");
    });
  };
}

async function rawPostgresRunner(url: string): Promise<Runner> {
  pg.defaults.parseInputDatesAsUTC = true;
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const session: SqlSession = {
    dialect: "postgres",
    run: async (sql, args) => (await pool.query(sql, args)).rows,
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await work(async (sql, args) => (await client.query(sql, args)).rows);
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      } finally {
        client.release();
      }
    },
  };
  return { name: "raw pg", request: rawRequest(session), close: () => pool.end() };
}

async function rawSqliteRunner(url: string): Promise<Runner> {
  const sqlite = new Database(url.replace(/^file:/, ""));
  sqlite.pragma("busy_timeout = 10000");
  const prepared = new Map<string, Database.Statement>();
  // Dates are bound as text in the format Prisma's SQLite adapter writes.
  const bindable = (value: unknown) => (value instanceof Date ? value.toISOString().replace("Z", "+00:00") : value);
  const run: RunSql = async (sql, args) => {
    const { text, args: ordered } = toSqlitePlaceholders(sql, args);
    let statement = prepared.get(text);
    if (!statement) prepared.set(text, (statement = sqlite.prepare(text)));
    const values = ordered.map(bindable);
    if (statement.reader) return statement.all(...values) as Row[];
    statement.run(...values);
    return [];
  };
  const session: SqlSession = {
    dialect: "sqlite",
    run,
    transaction: async (work) => {
      sqlite.exec("BEGIN");
      try {
        const result = await work(run);
        sqlite.exec("COMMIT");
        return result;
      } catch (error) {
        sqlite.exec("ROLLBACK");
        throw error;
      }
    },
  };
  return { name: "raw better-sqlite3", request: rawRequest(session), close: async () => void sqlite.close() };
}

async function measure(runner: Runner, userId: string, workers: number) {
  const perWorker = Math.ceil(REQUESTS / workers);
  const started = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async () => {
      for (let i = 0; i < perWorker; i += 1) await runner.request(userId);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return (perWorker * workers) / seconds;
}

async function benchDialect(dialect: "sqlite" | "postgres") {
  const database = await createTestDatabase(dialect);
  const prisma = await prismaRunner(database.url);
  const { createUser } = await import("@/lib/auth/queries");
  const { grant, auditLedger, setDailyCap } = await import("@/lib/credits");
  const users = await Promise.all(
    [0, 1].map((i) => createUser({ email: `bench-${dialect}-${i}-${randomUUID()}@example.test`, emailVerified: true })),
  );
  for (const user of users) {
    await grant({ userId: user.id, source: "PACK", amount: 1_000_000, grantKey: "pack:bench" });
    // Starts the wallet's day (lib/credits does it on the first hold of a day, off the fast path the raw runner takes).
    await setDailyCap({ userId: user.id, cap: null });
  }
  const { db } = await import("@/lib/db");
  const startingBalance = (await db().wallet.findUniqueOrThrow({ where: { userId: users[0]!.id } })).available;
  const raw = dialect === "sqlite" ? await rawSqliteRunner(database.url) : await rawPostgresRunner(database.url);
  const rows: string[] = [];
  for (const workers of dialect === "sqlite" ? [1] : [1, WORKERS]) {
    const [prismaUser, rawUser] = [users[0]!, users[1]!];
    await measure(prisma, prismaUser.id, workers); // warm-up
    await measure(raw, rawUser.id, workers);
    // Interleaved rounds, best of each: other load on the machine slows both paths alike.
    let [viaPrisma, viaRaw] = [0, 0];
    for (let round = 0; round < ROUNDS; round += 1) {
      viaPrisma = Math.max(viaPrisma, await measure(prisma, prismaUser.id, workers));
      viaRaw = Math.max(viaRaw, await measure(raw, rawUser.id, workers));
    }
    rows.push(
      `| ${dialect} | ${workers} | ${viaPrisma.toFixed(0)} req/s | ${viaRaw.toFixed(0)} req/s | ${(viaPrisma / viaRaw).toFixed(2)}× |`,
    );
  }
  for (const user of users) {
    const [wallet, settled] = await Promise.all([
      db().wallet.findUniqueOrThrow({ where: { userId: user.id } }),
      db().hold.count({ where: { userId: user.id, status: "SETTLED" } }),
    ]);
    if (wallet.available !== startingBalance - settled || wallet.held !== 0)
      throw new Error(`overspend: ${settled} settled, wallet ${JSON.stringify(wallet)}`);
  }
  const discrepancies = await auditLedger();
  await raw.close();
  await prisma.close();
  await database.drop();
  if (discrepancies.length > 0) throw new Error(`ledger invariant broken: ${JSON.stringify(discrepancies)}`);
  return rows;
}

const dialects = (process.env.BENCH_DIALECTS ?? "sqlite,postgres").split(",") as ("sqlite" | "postgres")[];
console.log(
  `Paid request = hold + settle, ${REQUESTS} requests per measurement, best of ${ROUNDS} interleaved rounds, one user per path\n`,
);
console.log("| database | workers | lib/credits (Prisma) | raw driver | Prisma ÷ raw |");
console.log("|---|---|---|---|---|");
for (const dialect of dialects) for (const row of await benchDialect(dialect)) console.log(row);
