// `npm run test:load`: paid requests under load against real app servers on loopback.
//  1. two instances on one PostgreSQL, and one instance on the embedded SQLite: a user with a small
//     balance fires more concurrent paid requests than it can afford, split across the instances;
//  2. an instance killed with SIGKILL mid-request leaves a hold that the sweeper releases after its TTL.
// Checks: successes × price = credits spent, never below zero, no hold left, ledger invariant.
// Needs a production build (`next build`). Prints figures and a pass/fail line per check.
import { randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { createTestDatabase } from "@/lib/testing/database";
import { chat, serverUrl, signIn, startServer, stopServer } from "./app-server";

const REQUESTS = 240;
const IN_FLIGHT = 48;
const EXTRA_CREDITS = 50; // Free's 100 + 50 = 150 affordable swift messages
const PASSWORD = "load-test-password";
const SECRET = "load-secret-load-secret-load-secret-0123456789";
const results: { name: string; ok: boolean; detail: string }[] = [];

function check(name: string, ok: boolean, detail: string) {
  results.push({ name, ok, detail });
  console.log(`${ok ? "PASS" : "FAIL"} ${name}: ${detail}`);
}

function startAppServer(port: number, databaseUrl: string, env: Record<string, string> = {}) {
  // One user fires 240 paid requests at once on purpose: this measures the ledger, not the rate limiter.
  return startServer(port, {
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: SECRET,
    TALLY_LOCAL_AI_DELAY_MS: "0",
    TALLY_RATE_LIMIT_PAID_PER_MINUTE: "100000",
    ...env,
  });
}

async function prepareUser(databaseUrl: string) {
  process.env.DATABASE_URL = databaseUrl;
  const { createUser } = await import("@/lib/auth/queries");
  const { hashPassword } = await import("@/lib/auth/password");
  const { grant } = await import("@/lib/credits");
  const email = `load-${randomUUID()}@example.test`;
  const user = await createUser({ email, passwordHash: await hashPassword(PASSWORD), emailVerified: true });
  await grant({ userId: user.id, source: "PACK", amount: EXTRA_CREDITS, grantKey: "pack:load" });
  return { email, userId: user.id };
}

async function ledgerState(userId: string) {
  const { db } = await import("@/lib/db");
  const { auditLedger } = await import("@/lib/credits");
  const wallet = await db().wallet.findUniqueOrThrow({ where: { userId } });
  const held = await db().hold.count({ where: { userId, status: "HELD" } });
  const spent = -(
    (await db().ledgerEntry.aggregate({ where: { userId, type: "DEBIT" }, _sum: { delta: true } }))._sum.delta ?? 0
  );
  return { wallet, held, spent, audit: await auditLedger() };
}

async function loadTest(label: string, databaseUrl: string, ports: number[]) {
  const servers = await Promise.all(ports.map((port) => startAppServer(port, databaseUrl)));
  try {
    const { email, userId } = await prepareUser(databaseUrl);
    const cookie = await signIn(serverUrl(ports[0]!), email, PASSWORD);
    const outcomes: string[] = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (next < REQUESTS) {
          const index = next++;
          outcomes.push(await chat(serverUrl(ports[index % ports.length]!), cookie, "swift", "load test"));
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const charged = outcomes.filter((o) => o === "charged").length;
    const refused = outcomes.filter((o) => o === "INSUFFICIENT_CREDITS").length;
    const state = await ledgerState(userId);
    console.log(
      `${label}: ${REQUESTS} requests (${IN_FLIGHT} in flight) across ${ports.length} instance(s) in ${seconds.toFixed(1)} s = ${(REQUESTS / seconds).toFixed(0)} req/s; ${charged} charged, ${refused} refused`,
    );
    check(
      `${label}: exactly the affordable requests succeed`,
      charged === 100 + EXTRA_CREDITS && refused === REQUESTS - charged,
      `${charged} charged, ${refused} refused, other: ${outcomes.length - charged - refused}`,
    );
    check(`${label}: successes × price = credits spent`, state.spent === charged, `spent ${state.spent}`);
    check(
      `${label}: balance never below zero, no hold left`,
      state.wallet.available === 0 && state.wallet.held === 0 && state.held === 0,
      `available ${state.wallet.available}, held ${state.wallet.held}, open holds ${state.held}`,
    );
    check(`${label}: ledger invariant`, state.audit.length === 0, JSON.stringify(state.audit));
  } finally {
    servers.forEach((server) => stopServer(server));
  }
}

async function killTest(label: string, databaseUrl: string, port: number) {
  // A slow model (100 ms per token) so the request is still running when the instance dies.
  const server = await startAppServer(port, databaseUrl, { TALLY_LOCAL_AI_DELAY_MS: "100" });
  const { email, userId } = await prepareUser(databaseUrl);
  const cookie = await signIn(serverUrl(port), email, PASSWORD);
  const { db } = await import("@/lib/db");
  void chat(serverUrl(port), cookie, "oracle", "load test").catch(() => "killed");
  for (let i = 0; i < 50 && (await db().hold.count({ where: { userId, status: "HELD" } })) === 0; i += 1)
    await sleep(100);
  const before = await ledgerState(userId);
  stopServer(server, "SIGKILL");
  await sleep(500);
  const { releaseExpiredHolds } = await import("@/lib/credits");
  const early = await releaseExpiredHolds({ now: new Date() });
  const afterTtl = await releaseExpiredHolds({ now: new Date(Date.now() + 10 * 60_000) });
  const after = await ledgerState(userId);
  check(
    `${label}: a SIGKILLed request's hold is released after its TTL, nothing charged`,
    before.held === 1 &&
      early === 0 &&
      afterTtl >= 1 &&
      after.held === 0 &&
      after.wallet.available === 150 &&
      after.spent === 0 &&
      after.audit.length === 0,
    `held before kill ${before.held} (${before.wallet.held} credits), released early ${early}, after TTL ${afterTtl}, available after ${after.wallet.available}`,
  );
}

const postgres = await createTestDatabase("postgres");
const sqlite = await createTestDatabase("sqlite");
try {
  await loadTest("PostgreSQL, 2 instances", postgres.url, [3301, 3302]);
  await killTest("PostgreSQL", postgres.url, 3303);
  const { db } = await import("@/lib/db");
  await db().$disconnect();
  await loadTest("SQLite, 1 instance", sqlite.url, [3304]);
  await killTest("SQLite", sqlite.url, 3305);
  await db().$disconnect();
} finally {
  await postgres.drop();
  await sqlite.drop();
}
const failed = results.filter((r) => !r.ok).length;
console.log(`\nload: ${results.length - failed} passed, ${failed} failed`);
mkdirSync("test-results", { recursive: true });
writeFileSync("test-results/load.json", JSON.stringify({ passed: results.length - failed, failed }));
process.exit(failed === 0 ? 0 : 1);
