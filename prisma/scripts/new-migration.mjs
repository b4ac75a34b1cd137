// `npm run db:migration -- NAME`: writes the same migration for SQLite and PostgreSQL from the source schema.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync, existsSync, readdirSync } from "node:fs";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:migration -- <snake_case_name>");
  process.exit(1);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
execFileSync("node", ["prisma/scripts/sync-postgres-schema.mjs"], { stdio: "inherit" });

const dialects = [
  {
    dir: "prisma/migrations",
    schema: "prisma/schema.prisma",
    url: process.env.SQLITE_URL ?? "file:./prisma/migration-shadow.db",
    provider: "sqlite",
  },
  {
    dir: "prisma/postgres/migrations",
    schema: "prisma/postgres/schema.prisma",
    url: process.env.POSTGRES_URL ?? "postgresql://root@127.0.0.1:5432/postgres",
    provider: "postgresql",
  },
];
for (const { dir, schema, url, provider } of dialects) {
  const hasMigrations = existsSync(dir) && readdirSync(dir).some((entry) => /^\d{14}_/.test(entry));
  const from = hasMigrations ? ["--from-migrations", dir] : ["--from-empty"];
  const sql = execFileSync("npx", ["prisma", "migrate", "diff", ...from, "--to-schema-datamodel", schema, "--script"], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  mkdirSync(`${dir}/${stamp}_${name}`, { recursive: true });
  writeFileSync(`${dir}/${stamp}_${name}/migration.sql`, sql);
  writeFileSync(`${dir}/migration_lock.toml`, `provider = "${provider}"\n`);
  console.log(`wrote ${dir}/${stamp}_${name}/migration.sql`);
}
