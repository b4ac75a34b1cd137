import Database from "better-sqlite3";
import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://root@127.0.0.1:5432/test";

function migrationScripts(dir: string) {
  return readdirSync(dir)
    .filter((entry) => /^\d{14}_/.test(entry))
    .sort()
    .map((entry) => readFileSync(path.join(dir, entry, "migration.sql"), "utf8"));
}

/**
 * A fresh, fully migrated database for one test file, applying the committed migration files of the
 * dialect. Returns its URL and a function that drops it.
 */
export async function createTestDatabase(dialect: "sqlite" | "postgres") {
  if (dialect === "sqlite") {
    const file = path.join(os.tmpdir(), `tally-test-${randomUUID()}.db`);
    const sqlite = new Database(file);
    sqlite.pragma("journal_mode = WAL");
    for (const script of migrationScripts("prisma/migrations")) sqlite.exec(script);
    sqlite.close();
    return {
      url: `file:${file}`,
      drop: async () => {
        for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
      },
    };
  }
  const name = `tally_test_${randomUUID().replaceAll("-", "")}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  for (const script of migrationScripts("prisma/postgres/migrations")) await client.query(script);
  await client.query(readFileSync("prisma/postgres/guards.sql", "utf8"));
  await client.end();
  return {
    url: url.toString(),
    drop: async () => {
      const dropper = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await dropper.connect();
      // A pool closes its connections in the background; forcing them shut first would make it emit an
      // unhandled error in the process that owns it. So wait for them (briefly) before forcing.
      for (let i = 0; i < 50; i += 1) {
        const { rows } = await dropper.query("SELECT count(*)::int AS open FROM pg_stat_activity WHERE datname = $1", [
          name,
        ]);
        if (rows[0].open === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await dropper.end();
    },
  };
}
