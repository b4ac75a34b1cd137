// `npm run db:deploy`: applies pending migrations, then (PostgreSQL) the ledger guards in guards.sql.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import pg from "pg";

execFileSync("npx", ["prisma", "migrate", "deploy"], { stdio: ["ignore", "ignore", "inherit"] });
const url = process.env.DATABASE_URL ?? "";
if (/^postgres(ql)?:\/\//.test(url)) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(readFileSync("prisma/postgres/guards.sql", "utf8"));
  await client.end();
}
console.log("Database is up to date");
