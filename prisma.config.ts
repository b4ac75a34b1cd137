import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

// Prisma skips .env when a config file exists; the app reads the same variables itself.
const databaseUrl = process.env.DATABASE_URL ?? "file:./prisma/dev.db";
const isPostgres = /^postgres(ql)?:\/\//.test(databaseUrl);

export default defineConfig({
  schema: isPostgres ? "prisma/postgres/schema.prisma" : "prisma/schema.prisma",
  engine: "js",
  experimental: { adapter: true },
  adapter: async () => (isPostgres ? postgresAdapter(databaseUrl) : sqliteAdapter(databaseUrl)),
});

function sqliteAdapter(url: string) {
  const factory = new PrismaBetterSQLite3({ url: path.resolve(url.replace(/^file:/, "")) });
  // The shadow database replays migrations as multi-statement scripts, which executeRaw refuses.
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  factory.connectToShadowDb = async () => {
    const adapter = await connectToShadowDb();
    const executeRaw = adapter.executeRaw.bind(adapter);
    adapter.executeRaw = async (query) => {
      if (query.args.length > 0) return executeRaw(query);
      await adapter.executeScript(query.sql);
      return 0;
    };
    return adapter;
  };
  return factory;
}

function postgresAdapter(url: string) {
  // The migration engine cannot deserialize the catalog types "char" (18) and name (19); read them as text.
  type Field = { dataTypeID: number };
  const result = pg.Result.prototype as unknown as { addFields(fields: Field[]): void };
  const addFields = result.addFields;
  result.addFields = function (fields) {
    for (const field of fields) if (field.dataTypeID === 18 || field.dataTypeID === 19) field.dataTypeID = 25;
    return addFields.call(this, fields);
  };
  const factory = new PrismaPg({ connectionString: url });
  // The stock shadow database is dropped while its pool is still open; use a uniquely named one and drop it after.
  factory.connectToShadowDb = async () => {
    const parsed = new URL(url);
    const base = {
      host: parsed.hostname,
      port: Number(parsed.port || 5432),
      user: decodeURIComponent(parsed.username) || undefined,
      password: decodeURIComponent(parsed.password) || undefined,
    };
    const name = `prisma_shadow_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ ...base, database: parsed.pathname.slice(1) || "postgres" });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const pool = new pg.Pool({ ...base, database: name });
    const adapter = await new PrismaPg(pool).connect();
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await pool.end().catch(() => {});
      const dropper = new pg.Client({ ...base, database: parsed.pathname.slice(1) || "postgres" });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await dropper.end();
    };
    return adapter;
  };
  return factory;
}
