// `npm run start:pg` refuses to start without a PostgreSQL DATABASE_URL, instead of silently using SQLite.
if (!/^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "")) {
  console.error("start:pg needs DATABASE_URL=postgresql://user@host:5432/database");
  process.exit(1);
}
