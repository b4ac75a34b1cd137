import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort, serverUrl, stopServer } from "../../bench/app-server";

/**
 * Production servers of this build for e2e tests that need their own settings, started the way an operator
 * would (lib/cli/serve.mjs, what `npm start` runs), each on its own fresh SQLite database.
 */
export const SECRET = "deploy-secret-deploy-secret-deploy-0123456789";
export const PUBLIC_URL = "https://tally.example.com";

export function freshDatabase() {
  const dir = mkdtempSync(path.join(tmpdir(), "tally-deploy-"));
  const url = `file:${dir}/deploy.db`;
  execFileSync("npm", ["run", "--silent", "db:deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: "ignore",
  });
  return { url, drop: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Starts `next start` with `env`; resolves with its output once it serves /api/health, or once it exits. */
export async function startServer(env: Record<string, string>, port?: number) {
  port ??= await freePort();
  const merged: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXTAUTH_SECRET: SECRET,
    NEXT_TELEMETRY_DISABLED: "1",
    ...env,
  };
  if (!env.NEXTAUTH_URL) delete merged.NEXTAUTH_URL;
  const child = spawn("node", ["lib/cli/serve.mjs", "-H", "127.0.0.1", "-p", String(port)], {
    env: merged,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk));
  const exited = new Promise<number>((resolve) => child.on("exit", (code) => resolve(code ?? 1)));
  for (let i = 0; i < 120; i += 1) {
    const outcome = await Promise.race([exited, new Promise<null>((resolve) => setTimeout(() => resolve(null), 500))]);
    if (outcome !== null) return { exitCode: outcome, output: () => output, base: serverUrl(port), stop: () => {} };
    if (
      await fetch(`${serverUrl(port)}/api/health`)
        .then((r) => r.ok)
        .catch(() => false)
    ) {
      return { exitCode: null, output: () => output, base: serverUrl(port), stop: () => stopServer(child) };
    }
  }
  stopServer(child);
  throw new Error(`server did not start:\n${output}`);
}
