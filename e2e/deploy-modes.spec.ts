import { expect, test } from "@playwright/test";
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort, serverUrl, stopServer } from "../bench/app-server";
import { AuthPages } from "./pages/auth";

// The day someone deploys Tally carelessly: production servers of this build, started the way an
// operator would (lib/cli/serve.mjs, what `npm start` runs), each on its own fresh database. Each must
// fail closed and say why.
test.describe.configure({ mode: "serial" });

const SECRET = "deploy-secret-deploy-secret-deploy-0123456789";
const PUBLIC_URL = "https://tally.example.com";

function freshDatabase() {
  const dir = mkdtempSync(path.join(tmpdir(), "tally-deploy-"));
  const url = `file:${dir}/deploy.db`;
  execFileSync("npm", ["run", "--silent", "db:deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "ignore" });
  return { url, drop: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Starts `next start` with `env`; resolves with its output once it serves /api/health, or once it exits. */
async function start(env: Record<string, string>, port?: number) {
  port ??= await freePort();
  const merged: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", NEXTAUTH_SECRET: SECRET, NEXT_TELEMETRY_DISABLED: "1", ...env };
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
    if (await fetch(`${serverUrl(port)}/api/health`).then((r) => r.ok).catch(() => false)) {
      return { exitCode: null, output: () => output, base: serverUrl(port), stop: () => stopServer(child) };
    }
  }
  stopServer(child);
  throw new Error(`server did not start:\n${output}`);
}

test("a public URL without Stripe keys runs with billing off, no demo account, and says so", async ({ request }) => {
  const database = freshDatabase();
  const env = { DATABASE_URL: database.url, NEXTAUTH_URL: PUBLIC_URL };
  const seeded = execFileSync("npm", ["run", "--silent", "db:seed"], { env: { ...process.env, NODE_ENV: "production", ...env }, encoding: "utf8" });
  expect(seeded).toContain("Demo account not seeded");
  const server = await start(env);
  try {
    expect(server.exitCode).toBeNull();
    expect(server.output()).toContain("[billing] Off: payments are not set up on this server");
    const signIn = await request.get(`${server.base}/sign-in`);
    expect(await signIn.text()).not.toContain("demo@tally.local");
    const landing = await (await request.get(`${server.base}/`)).text();
    expect(landing).toContain("$9.99");
    const hook = await request.post(`${server.base}/api/stripe/webhook`, { data: "{}", headers: { "stripe-signature": "t=1,v1=x" } });
    expect(hook.status()).toBe(503);
    expect(await hook.json()).toEqual({ error: "BILLING_DISABLED" });
  } finally {
    server.stop();
    database.drop();
  }
});

test("with billing off, a signed-in person sees the plans and packs with prices, and why they cannot buy them", async ({ browser }) => {
  const database = freshDatabase();
  // A production server on loopback that is not a local run: billing off, cookies usable over plain http.
  const port = await freePort();
  const server = await start({ DATABASE_URL: database.url, NEXTAUTH_URL: serverUrl(port) }, port);
  const context = await browser.newContext({ baseURL: server.base });
  const page = await context.newPage();
  try {
    await new AuthPages(page).signUp();
    await page.goto("/settings/billing");
    await expect(page.getByTestId("billing-off")).toContainText("Payments are not set up on this server");
    await expect(page.getByText("$19.99").first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Not available here" }).first()).toBeDisabled();
    await expect(page.getByRole("button", { name: /^Buy / })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^Upgrade to / })).toHaveCount(0);
    await page.screenshot({ path: "test-results/screenshots/billing-off.png", fullPage: true });
    const checkout = await page.goto("/billing/sandbox/cs_test_anything");
    expect(checkout?.status()).toBe(200);
    await expect(page.getByTestId("billing-disabled")).toContainText("BILLING_DISABLED");
  } finally {
    await context.close();
    server.stop();
    database.drop();
  }
});

const refusals: [string, Record<string, string>, RegExp][] = [
  ["test mode asked for on a public URL", { NEXTAUTH_URL: PUBLIC_URL, TALLY_BILLING_MODE: "test" }, /TALLY_BILLING_MODE: .*loopback NEXTAUTH_URL/],
  ["local mode on a public URL", { NEXTAUTH_URL: PUBLIC_URL, TALLY_LOCAL_MODE: "1" }, /TALLY_LOCAL_MODE: .*loopback address/],
  ["no NEXTAUTH_URL in production", {}, /NEXTAUTH_URL: must be set in production/],
];
for (const [name, env, message] of refusals) {
  test(`start-up refuses ${name}, naming the variables`, async () => {
    const database = freshDatabase();
    const server = await start({ DATABASE_URL: database.url, ...env });
    try {
      expect(server.exitCode).toBe(1);
      expect(server.output()).toMatch(message);
    } finally {
      server.stop();
      database.drop();
    }
  });
}
