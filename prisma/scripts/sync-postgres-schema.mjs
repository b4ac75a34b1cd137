// Derives the PostgreSQL schema from the SQLite source schema, so the two never drift.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";

const source = readFileSync("prisma/schema.prisma", "utf8");
const replacements = [
  ['output     = "../lib/generated/sqlite"', 'output     = "../../lib/generated/postgres"'],
  ['provider = "sqlite"', 'provider = "postgresql"'],
  ['url      = "file:./dev.db"', 'url      = "postgresql://localhost:5432/tally"'],
  [
    "// Source schema (SQLite, the embedded default).",
    "// GENERATED from prisma/schema.prisma by `npm run db:sync`. Do not edit.\n// Source schema (SQLite, the embedded default).",
  ],
];
let target = source;
for (const [from, to] of replacements) {
  if (!target.includes(from)) throw new Error(`sync-postgres-schema: "${from}" not found in prisma/schema.prisma`);
  target = target.replace(from, to);
}
mkdirSync("prisma/postgres", { recursive: true });
writeFileSync("prisma/postgres/schema.prisma", target);
console.log("prisma/postgres/schema.prisma is in sync");
