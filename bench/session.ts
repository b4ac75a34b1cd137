// `npm run bench:session -- sqlite|postgres`: what checking the server-side session costs on every signed-in request. Before
// revocable sessions each request read the user by id; now it reads the session with its user in one query.
// Both run here, interleaved, on both databases; figures are per call.
import { createTestDatabase } from "@/lib/testing/database";

const CALLS = Number(process.env.BENCH_CALLS ?? 2_000);
const ROUNDS = 5;

async function benchDialect(dialect: "sqlite" | "postgres") {
  const database = await createTestDatabase(dialect);
  process.env.DATABASE_URL = database.url;
  const { db } = await import("@/lib/db");
  const { createUser, getUserById } = await import("@/lib/auth/queries");
  const { activeSessionUser, startSession } = await import("@/lib/auth/sessions");
  const user = await createUser({ email: `bench-session-${dialect}@example.test`, emailVerified: true });
  const sid = await startSession({ userId: user.id, userAgent: "bench" });
  const time = async (call: () => Promise<unknown>) => {
    const started = performance.now();
    for (let i = 0; i < CALLS; i += 1) await call();
    return ((performance.now() - started) * 1000) / CALLS;
  };
  let [userOnly, withSession] = [Infinity, Infinity];
  for (let round = 0; round < ROUNDS; round += 1) {
    userOnly = Math.min(userOnly, await time(() => getUserById({ id: user.id })));
    withSession = Math.min(withSession, await time(() => activeSessionUser({ sid, userId: user.id })));
  }
  await db().$disconnect();
  await database.drop();
  const added = withSession - userOnly;
  return `| ${dialect} | ${userOnly.toFixed(0)} µs | ${withSession.toFixed(0)} µs | ${added >= 0 ? "+" : "−"}${Math.abs(added).toFixed(0)} µs |`;
}

// One dialect per process: the Prisma client is chosen by DATABASE_URL when first used.
const dialect = (process.argv[2] ?? "sqlite") as "sqlite" | "postgres";
console.log(`Session check, best of ${ROUNDS} rounds of ${CALLS} calls\n`);
console.log("| database | user by id (before) | session + user (now) | added per request |\n|---|---|---|---|");
console.log(await benchDialect(dialect));
