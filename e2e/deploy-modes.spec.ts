import { expect, test } from "./fixtures";
import { execFileSync } from "node:child_process";
import { freePort, serverUrl } from "../bench/app-server";
import { freshDatabase, PUBLIC_URL, startServer as start } from "./support/production-server";
import { AuthPages } from "./pages/auth";

// The day someone deploys Tally carelessly: production servers of this build, started the way an
// operator would (lib/cli/serve.mjs, what `npm start` runs), each on its own fresh database. Each must
// fail closed and say why.
test.describe.configure({ mode: "serial" });

test("a public URL without Stripe keys runs with billing off, no demo account, and says so", async ({ request }) => {
  const database = freshDatabase();
  const env = { DATABASE_URL: database.url, NEXTAUTH_URL: PUBLIC_URL };
  const seeded = execFileSync("npm", ["run", "--silent", "db:seed"], {
    env: { ...process.env, NODE_ENV: "production", ...env },
    encoding: "utf8",
  });
  expect(seeded).toContain("Demo account not seeded");
  const server = await start(env);
  try {
    expect(server.exitCode).toBeNull();
    expect(server.output()).toContain("[billing] Off: payments are not set up on this server");
    const signIn = await request.get(`${server.base}/sign-in`);
    expect(await signIn.text()).not.toContain("demo@tally.local");
    const landing = await (await request.get(`${server.base}/`)).text();
    expect(landing).toContain("$9.99");
    const hook = await request.post(`${server.base}/api/stripe/webhook`, {
      data: "{}",
      headers: { "stripe-signature": "t=1,v1=x" },
    });
    expect(hook.status()).toBe(503);
    expect(await hook.json()).toEqual({ error: "BILLING_DISABLED" });
    expect((await request.get(`${server.base}/outbox`)).status()).toBe(404);
  } finally {
    server.stop();
    database.drop();
  }
});

test("with billing off, a signed-in person sees the plans and packs with prices, and why they cannot buy them", async ({
  browser,
}) => {
  const database = freshDatabase();
  // A production server on loopback that is not a local run: billing off, cookies usable over plain http.
  const port = await freePort();
  const server = await start({ DATABASE_URL: database.url, NEXTAUTH_URL: serverUrl(port) }, port);
  const context = await browser.newContext({ baseURL: server.base });
  const page = await context.newPage();
  try {
    // No Outbox here (the emailed links are keys): the person confirms from their inbox.
    await new AuthPages(page).signUp(undefined, undefined, { confirm: false });
    await expect(page.getByText("Confirm your email to get your 100 free credits.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Open the outbox" })).toHaveCount(0);
    expect((await page.request.get("/outbox")).status()).toBe(404);
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
    const onboarding = await page.goto("/billing/sandbox/connect/acctlink_anything"); // the sandbox's Connect form
    expect(onboarding?.status()).toBe(200);
    await expect(page.getByTestId("billing-disabled")).toContainText("BILLING_DISABLED");
  } finally {
    await context.close();
    server.stop();
    database.drop();
  }
});

const refusals: [string, Record<string, string>, RegExp][] = [
  [
    "test mode asked for on a public URL",
    { NEXTAUTH_URL: PUBLIC_URL, TALLY_BILLING_MODE: "test" },
    /TALLY_BILLING_MODE: .*loopback NEXTAUTH_URL/,
  ],
  [
    "local mode on a public URL",
    { NEXTAUTH_URL: PUBLIC_URL, TALLY_LOCAL_MODE: "1" },
    /TALLY_LOCAL_MODE: .*loopback address/,
  ],
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
