import { expect, test } from "@playwright/test";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { AuthPages } from "./pages/auth";

const PAGES = ["/chat", "/images", "/video", "/council", "/agents", "/settings/profile", "/settings/billing", "/settings/activity", "/settings/referrals"];
const ROUTES: { method: "GET" | "POST"; url: string }[] = [
  { method: "POST", url: "/api/chat" },
  { method: "POST", url: "/api/council" },
  { method: "GET", url: "/api/media/some-id" },
];

test.describe("signed out", () => {
  for (const page of PAGES) {
    test(`${page} sends the visitor to sign in`, async ({ page: browser }) => {
      await browser.goto(page);
      await expect(browser).toHaveURL(/\/sign-in/);
    });
  }

  for (const { method, url } of ROUTES) {
    test(`${method} ${url} answers 401 and no data`, async ({ request }) => {
      const response = method === "GET" ? await request.get(url) : await request.post(url, { data: { requestId: randomUUID(), prompt: "hi", model: "swift", models: ["swift", "nimbus"] } });
      expect(response.status()).toBe(401);
      expect(await response.json()).toEqual({ ok: false, code: "UNAUTHENTICATED", message: expect.any(String) });
    });
  }
});

test("security headers are set on every page", async ({ request }) => {
  for (const url of ["/", "/sign-in"]) {
    const headers = (await request.get(url)).headers();
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"]).toContain("object-src 'none'");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["x-powered-by"]).toBeUndefined();
  }
});

test("the session cookie is HttpOnly and SameSite", async ({ page, context }) => {
  await new AuthPages(page).signUp();
  const session = (await context.cookies()).find((cookie) => cookie.name.endsWith("next-auth.session-token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
});

test("another person's conversation is a 404 and reveals nothing", async ({ browser }) => {
  const owner = await browser.newPage();
  await new AuthPages(owner).signUp();
  const response = await owner.request.post("/api/chat", { data: { requestId: randomUUID(), model: "swift", prompt: "my secret plans" } });
  const start = JSON.parse((await response.text()).split("\n")[0]!);
  const intruder = await (await browser.newContext()).newPage();
  await new AuthPages(intruder).signUp();
  const visit = await intruder.goto(`/chat/${start.conversationId}`);
  expect(visit?.status()).toBe(404);
  await expect(intruder.getByText("my secret plans")).toHaveCount(0);
  const stolen = await intruder.request.post("/api/chat", { data: { requestId: randomUUID(), conversationId: start.conversationId, prompt: "read it" } });
  expect(await stolen.text()).toContain('"code":"NOT_FOUND"');
});

test("server actions refuse a forged Origin", async ({ page }) => {
  // The sign-up form calls a server action; the browser's request is re-sent as if from another site.
  let status = 0;
  await page.route("**/sign-up", async (route) => {
    const request = route.request();
    if (request.method() !== "POST" || !request.headers()["next-action"]) return route.continue();
    const response = await route.fetch({ headers: { ...request.headers(), origin: "https://evil.example" } });
    status = response.status();
    await route.fulfill({ response });
  });
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Mallory");
  await page.getByLabel("Email").fill(`forged-${randomUUID()}@example.test`);
  await page.getByLabel("Password").fill("correct horse battery staple");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect.poll(() => status).toBeGreaterThanOrEqual(400);
  await expect(page).toHaveURL(/\/sign-up/);
});

test("no secret reaches the browser bundle", () => {
  const dist = path.join(process.cwd(), process.env.TALLY_DIST_DIR || ".next", "static");
  const files = readdirSync(dist, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".js"));
  expect(files.length).toBeGreaterThan(0);
  const secrets = ["e2e-secret-e2e-secret-e2e-secret-0123456789", "NEXTAUTH_SECRET", "DATABASE_URL", "STRIPE_SECRET_KEY", "whsec_", "sk_test_sandbox"];
  for (const file of files) {
    const text = readFileSync(path.join(dist, file), "utf8");
    for (const secret of secrets) expect(text.includes(secret), `${secret} in ${file}`).toBe(false);
  }
});
