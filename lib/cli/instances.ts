// `npm run start:instances -- N [FIRST_PORT]`: serves an existing build as N instances on consecutive
// ports, all on DATABASE_URL (PostgreSQL) and one NEXTAUTH_SECRET, e.g. behind a load balancer.
import { spawn } from "node:child_process";

const count = Number(process.argv[2] ?? 2);
const firstPort = Number(process.argv[3] ?? 3000);
if (
  !/^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "") ||
  !process.env.NEXTAUTH_SECRET ||
  !process.env.NEXTAUTH_URL
) {
  console.error(
    "start:instances needs DATABASE_URL=postgresql://…, NEXTAUTH_SECRET and NEXTAUTH_URL (the address the load balancer serves; all shared by every instance); run `npm run db:deploy && npm run build` first",
  );
  process.exit(1);
}
const children = Array.from({ length: count }, (_, i) => {
  const port = firstPort + i;
  console.log(`instance ${i + 1}: port ${port}, serving ${process.env.NEXTAUTH_URL}`);
  return spawn("node", ["lib/cli/serve.mjs", "-p", String(port)], { stdio: "inherit", env: process.env });
});
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => children.forEach((child) => child.kill(signal)));
