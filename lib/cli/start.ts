// `npm start`: prepares a fresh clone and serves the app on the embedded database (or DATABASE_URL).
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { DEMO_ACCOUNT } from "@/lib/demo";

const port = process.env.PORT ?? "3000";
const run = (command: string, args: string[]) => execFileSync(command, args, { stdio: "inherit", env: process.env });

// Local secrets live in .env.local (git-ignored), written once so sessions survive restarts.
if (!process.env.NEXTAUTH_SECRET) {
  const file = ".env.local";
  const current = existsSync(file) ? readFileSync(file, "utf8") : "";
  let secret = /^NEXTAUTH_SECRET=(.+)$/m.exec(current)?.[1];
  if (!secret) {
    secret = randomBytes(32).toString("base64url");
    writeFileSync(file, `${current}${current && !current.endsWith("\n") ? "\n" : ""}NEXTAUTH_SECRET=${secret}\n`);
  }
  process.env.NEXTAUTH_SECRET = secret;
}
process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
process.env.TALLY_LOCAL_MODE ??= process.env.DATABASE_URL?.startsWith("postgres") ? "0" : "1";
process.env.NEXT_TELEMETRY_DISABLED = "1";

run("npm", ["run", "--silent", "db:deploy"]);
run("npx", ["tsx", "--conditions=react-server", "lib/cli/seed.ts"]);
run("npx", ["next", "build"]);

const server = spawn("npx", ["next", "start", "-p", port], { stdio: ["inherit", "pipe", "inherit"], env: process.env });
server.stdout.on("data", (chunk: Buffer) => {
  process.stdout.write(chunk);
  if (chunk.toString().includes("Ready")) {
    console.log(`\n  Tally is running at http://localhost:${port}`);
    if (process.env.TALLY_LOCAL_MODE === "1") console.log(`  Demo account: ${DEMO_ACCOUNT.email} / ${DEMO_ACCOUNT.password}\n`);
  }
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
