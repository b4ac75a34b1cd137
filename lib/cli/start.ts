// `npm start`: prepares a fresh clone and serves the app on the embedded database (or DATABASE_URL).
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { DEMO_ACCOUNT } from "@/lib/demo";
import { billingModeOf, isLoopbackUrl, parseEnv } from "@/lib/env";

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
// Without NEXTAUTH_URL this is a run on this machine: served on loopback only, so the demo account and
// test-mode billing it brings are never reachable from another machine.
const localRun = !process.env.NEXTAUTH_URL;
process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
const loopback = isLoopbackUrl(process.env.NEXTAUTH_URL);
process.env.TALLY_LOCAL_MODE ??= loopback && !process.env.DATABASE_URL?.startsWith("postgres") ? "1" : "0";
process.env.NEXT_TELEMETRY_DISABLED = "1";

let settings;
try {
  settings = parseEnv({ ...process.env, NODE_ENV: "production" });
} catch (error) {
  console.error(`\n${(error as Error).message}\n\nSee the Configuration section of README.md.\n`);
  process.exit(1);
}
if (localRun) {
  console.log(
    `Local run: serving http://localhost:${port} to this machine only. To serve others, set NEXTAUTH_URL to the public https:// address.`,
  );
}
const host = loopback ? "127.0.0.1" : "0.0.0.0";

run("npm", ["run", "--silent", "db:deploy"]);
run("npx", ["tsx", "--conditions=react-server", "lib/cli/seed.ts"]);
run("npx", ["next", "build"]);

const server = spawn("node", ["lib/cli/serve.mjs", "-p", port, "-H", host], {
  stdio: ["inherit", "pipe", "inherit"],
  env: process.env,
});
server.stdout.on("data", (chunk: Buffer) => {
  process.stdout.write(chunk);
  if (chunk.toString().includes("Ready")) {
    console.log(`\n  Tally is running at ${process.env.NEXTAUTH_URL} (billing: ${billingModeOf(settings)})`);
    if (settings.TALLY_LOCAL_MODE) console.log(`  Demo account: ${DEMO_ACCOUNT.email} / ${DEMO_ACCOUNT.password}\n`);
  }
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
