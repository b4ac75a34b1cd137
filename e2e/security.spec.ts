import { type APIRequestContext, type APIResponse, type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { randomBytes, randomUUID } from "node:crypto";
import { ActivityPage } from "./pages/activity";
import { AgentsPage } from "./pages/agents";
import { attemptSignIn } from "../bench/app-server";
import { AuthPages, PASSWORD } from "./pages/auth";
import { BillingPage, SandboxCheckoutPage } from "./pages/billing";
import { MediaStudio } from "./pages/media";

/** What a signed-out request must get, checked on the raw response (redirects are not followed). */
interface Rule {
  says: string;
  check: (response: APIResponse) => Promise<void>;
}

const SIGN_IN: Rule = {
  says: "307 to /sign-in (and back here after) before anything is rendered",
  check: async (response) => {
    expect(response.status()).toBe(307);
    const location = new URL(response.headers().location!, "http://app");
    expect(location.pathname).toBe("/sign-in");
    const asked = new URL(response.url());
    expect(location.searchParams.get("callbackUrl")).toBe(asked.pathname + asked.search);
  },
};
const UNAUTHENTICATED: Rule = {
  says: "401 and no data",
  check: async (response) => {
    expect(response.status()).toBe(401);
    expect(await response.json()).toEqual({ ok: false, code: "UNAUTHENTICATED", message: expect.any(String) });
  },
};
const PUBLIC_PAGE: Rule = { says: "public: 200", check: async (response) => expect(response.status()).toBe(200) };

const hex = (bytes: number) => randomBytes(bytes).toString("hex");
// An id of nothing, in the shape of the app's ids; fixed, because test titles must not change between workers.
const NO_ID = "cm0nobody0000000000000000";
const requestBody = { requestId: randomUUID(), prompt: "hi", model: "swift", models: ["swift", "nimbus"] };

/**
 * Every page and route handler of the app, with what a signed-out visitor gets. No middleware checks
 * sessions (proxy.ts only passes on the address asked for; the coverage test below keeps it so): each rule
 * is enforced by the page or handler where it reads its data, so these requests prove that.
 */
const ACCESS: {
  file: string;
  method?: "GET" | "POST";
  url: string;
  data?: unknown;
  headers?: Record<string, string>;
  signedOut: Rule;
}[] = [
  { file: "app/(marketing)/page.tsx", url: "/", signedOut: PUBLIC_PAGE },
  { file: "app/(marketing)/pricing/page.tsx", url: "/pricing", signedOut: PUBLIC_PAGE },
  { file: "app/(marketing)/affiliate/page.tsx", url: "/affiliate", signedOut: PUBLIC_PAGE },
  { file: "app/(auth)/sign-in/page.tsx", url: "/sign-in", signedOut: PUBLIC_PAGE },
  { file: "app/(auth)/sign-up/page.tsx", url: "/sign-up", signedOut: PUBLIC_PAGE },
  { file: "app/(auth)/forgot-password/page.tsx", url: "/forgot-password", signedOut: PUBLIC_PAGE },
  // An emailed link works on any device; a made-up token only says it does not work.
  { file: "app/(auth)/reset-password/[token]/page.tsx", url: `/reset-password/${NO_ID}`, signedOut: PUBLIC_PAGE },
  { file: "app/(auth)/verify-email/[token]/page.tsx", url: `/verify-email/${NO_ID}`, signedOut: PUBLIC_PAGE },
  {
    file: "app/(auth)/confirm-email-change/[token]/page.tsx",
    url: `/confirm-email-change/${NO_ID}`,
    signedOut: PUBLIC_PAGE,
  },
  // Machine-local servers only (this suite's server is one); on a public address it is a 404 (deploy-modes.spec.ts).
  { file: "app/outbox/page.tsx", url: "/outbox", signedOut: PUBLIC_PAGE },
  { file: "app/(app)/chat/page.tsx", url: "/chat", signedOut: SIGN_IN },
  { file: "app/(app)/chat/page.tsx", url: `/chat?agent=${NO_ID}`, signedOut: SIGN_IN },
  { file: "app/(app)/chat/[conversationId]/page.tsx", url: `/chat/${NO_ID}`, signedOut: SIGN_IN },
  { file: "app/(app)/agents/page.tsx", url: "/agents", signedOut: SIGN_IN },
  { file: "app/(app)/agents/new/page.tsx", url: "/agents/new", signedOut: SIGN_IN },
  { file: "app/(app)/agents/[agentId]/page.tsx", url: `/agents/${NO_ID}`, signedOut: SIGN_IN },
  { file: "app/(app)/council/page.tsx", url: "/council", signedOut: SIGN_IN },
  { file: "app/(app)/images/page.tsx", url: "/images", signedOut: SIGN_IN },
  { file: "app/(app)/video/page.tsx", url: "/video", signedOut: SIGN_IN },
  { file: "app/(app)/settings/page.tsx", url: "/settings", signedOut: SIGN_IN },
  { file: "app/(app)/settings/profile/page.tsx", url: "/settings/profile", signedOut: SIGN_IN },
  { file: "app/(app)/settings/billing/page.tsx", url: "/settings/billing", signedOut: SIGN_IN },
  { file: "app/(app)/settings/affiliate/page.tsx", url: "/settings/affiliate", signedOut: SIGN_IN },
  {
    file: "app/(app)/settings/activity/page.tsx",
    url: `/settings/activity?range=90d&request=${NO_ID}`,
    signedOut: SIGN_IN,
  },
  { file: "app/(app)/settings/referrals/page.tsx", url: "/settings/referrals", signedOut: SIGN_IN },
  // Test-mode stand-ins for Stripe's hosted pages: unlike Stripe's, only for their signed-in owner.
  { file: "app/billing/sandbox/[sessionId]/page.tsx", url: `/billing/sandbox/cs_test_${NO_ID}`, signedOut: SIGN_IN },
  {
    file: "app/billing/sandbox/invoices/[invoiceId]/page.tsx",
    url: `/billing/sandbox/invoices/in_${NO_ID}`,
    signedOut: SIGN_IN,
  },
  { file: "app/billing/sandbox/portal/page.tsx", url: "/billing/sandbox/portal", signedOut: SIGN_IN },
  {
    file: "app/billing/sandbox/connect/[linkId]/page.tsx",
    url: `/billing/sandbox/connect/acctlink_${NO_ID}`,
    signedOut: SIGN_IN,
  },
  {
    file: "app/billing/sandbox/payments/[paymentIntentId]/page.tsx",
    url: `/billing/sandbox/payments/pi_${NO_ID}`,
    signedOut: SIGN_IN,
  },
  { file: "app/api/chat/route.ts", method: "POST", url: "/api/chat", data: requestBody, signedOut: UNAUTHENTICATED },
  {
    file: "app/api/council/route.ts",
    method: "POST",
    url: "/api/council",
    data: requestBody,
    signedOut: UNAUTHENTICATED,
  },
  { file: "app/api/media/[id]/route.ts", url: `/api/media/${NO_ID}`, signedOut: UNAUTHENTICATED },
  {
    file: "app/api/activity/export/route.ts",
    url: "/api/activity/export?range=30d&kind=chat",
    signedOut: UNAUTHENTICATED,
  },
  { file: "app/api/account/export/route.ts", url: "/api/account/export", signedOut: UNAUTHENTICATED },
  { file: "app/api/affiliate/export/route.ts", url: "/api/affiliate/export", signedOut: UNAUTHENTICATED },
  {
    file: "app/api/health/route.ts",
    url: "/api/health",
    signedOut: {
      says: "public: 200 with the status only",
      check: async (response) =>
        expect(await response.json()).toEqual({ status: "ok", database: "ok", latencyMs: expect.any(Number) }),
    },
  },
  {
    file: "app/api/auth/[...nextauth]/route.ts",
    url: "/api/auth/session",
    signedOut: {
      says: "public: an empty session",
      check: async (response) => expect(await response.json()).toEqual({}),
    },
  },
  {
    file: "app/api/stripe/webhook/route.ts",
    method: "POST",
    url: "/api/stripe/webhook",
    data: {
      id: "evt_forged",
      type: "checkout.session.completed",
      data: { object: { id: "cs_test_forged", metadata: { userId: "anyone" } } },
    },
    headers: { "stripe-signature": `t=${Math.floor(Date.now() / 1000)},v1=${hex(32)}` },
    // That nothing is stored or credited is checked in lib/billing/billing.db.test.ts.
    signedOut: {
      says: "public, but a badly signed event is refused: 400",
      check: async (response) => {
        expect(response.status()).toBe(400);
        expect(await response.json()).toEqual({ error: "Invalid signature" });
      },
    },
  },
  {
    file: "app/r/[code]/route.ts",
    url: "/r/friend42",
    signedOut: {
      says: "public: remembers the referral code (HttpOnly) and sends the visitor to sign up",
      check: async (response) => {
        expect(response.status()).toBe(307);
        expect(response.headers().location).toMatch(/\/sign-up\?ref=FRIEND42$/);
        expect(response.headers()["set-cookie"]).toMatch(/^tally_ref=FRIEND42;.*HttpOnly; SameSite=lax/);
      },
    },
  },
];

/** The URLs a page or route file answers: route groups vanish, [x] is one segment, [...x] one or more. */
function urlPattern(file: string) {
  const segments = file
    .split("/")
    .slice(1, -1)
    .filter((segment) => !/^\(.+\)$/.test(segment))
    .map((segment) =>
      segment.startsWith("[...")
        ? "[^/]+(?:/[^/]+)*"
        : segment.startsWith("[")
          ? "[^/]+"
          : segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"),
    );
  return new RegExp(`^/${segments.join("/")}$`);
}

test("every page and route handler has a signed-out rule, and no middleware stands in front of them", () => {
  const onDisk = readdirSync("app", { recursive: true, encoding: "utf8" })
    .filter((file) => /(^|\/)(page|route)\.[jt]sx?$/.test(file))
    .map((file) => `app/${file}`);
  expect(onDisk.length).toBeGreaterThan(20);
  expect(
    [...new Set(ACCESS.map((entry) => entry.file))].toSorted(),
    "add each new page or route to ACCESS with its rule",
  ).toEqual(onDisk.toSorted());
  for (const { file, url } of ACCESS) expect(new URL(url, "http://app").pathname, file).toMatch(urlPattern(file));
  for (const name of ["middleware.ts", "middleware.js", "proxy.js", "src/middleware.ts", "src/proxy.ts"]) {
    expect(existsSync(name), `${name} would make the signed-out checks below prove only the middleware`).toBe(false);
  }
  // The one proxy passes on the requested address and nothing else: no session, no auth, no redirects.
  expect(readFileSync("proxy.ts", "utf8")).not.toMatch(
    /lib\/auth\/(session|options)|next-auth|getToken|redirect|cookies/,
  );
});

test.describe("signed out", () => {
  for (const { method = "GET", url, data, headers, signedOut } of ACCESS) {
    test(`${method} ${url}: ${signedOut.says}`, async ({ request }) => {
      await signedOut.check(await request.fetch(url, { method, data, headers, maxRedirects: 0 }));
    });
  }
});

/** One person's things, made through the app as they would make them. */
async function makeOwner(page: Page) {
  const secret = `owner-secret-${hex(4)}`;
  const email = await new AuthPages(page).signUp();
  const billing = new BillingPage(page);
  // The Starter plan first: an invoice, and credits for everything below.
  await billing.open();
  await billing.upgradeTo("Starter");
  await new SandboxCheckoutPage(page).pay();
  const invoice = await billing
    .receipt("Starter plan · monthly")
    .getByRole("link", { name: /View invoice/ })
    .getAttribute("href");
  await page.goto(invoice!);
  const payment = await page.getByRole("link", { name: "Refund or dispute this payment" }).getAttribute("href");
  await billing.open();
  await billing.buyPack("500");
  await expect(page).toHaveURL(/\/billing\/sandbox\/cs_test_/);
  const checkout = new URL(page.url()).pathname;

  const chatRequestId = randomUUID();
  const chat = await page.request.post("/api/chat", {
    data: { requestId: chatRequestId, model: "swift", prompt: `Plans: ${secret}` },
  });
  const conversationId: string = JSON.parse((await chat.text()).split("\n")[0]!).conversationId;
  await page.request.post("/api/council", {
    data: { requestId: randomUUID(), prompt: `Council: ${secret}`, models: ["swift", "nimbus"] },
  });

  const agents = new AgentsPage(page);
  await agents.create({ name: `Agent ${secret}`, instructions: secret, model: "swift", starterPrompts: [] });
  const agentId = (await agents.card(`Agent ${secret}`).getByRole("link", { name: /^Edit/ }).getAttribute("href"))!
    .split("/")
    .pop()!;

  const mediaId = async (path: "/images" | "/video", choice: Parameters<MediaStudio["choose"]>[0]) => {
    const studio = new MediaStudio(page, path);
    await studio.open();
    await studio.choose(choice);
    await studio.generate(`${path} ${secret}`);
    return (await (await studio.expectResultShown(`${path} ${secret}`)).getAttribute("src"))!.split("/").pop()!;
  };
  const imageId = await mediaId("/images", { model: "sketch", resolution: "512 × 512" });
  const videoId = await mediaId("/video", { model: "reel", seconds: 4, resolution: "480p" });

  const activity = new ActivityPage(page);
  await activity.open("?kind=chat");
  const usageId = new URL((await activity.requestRows().first().getAttribute("href"))!, "http://app").searchParams.get(
    "request",
  )!;

  return {
    secret,
    email,
    chatRequestId,
    conversationId,
    agentId,
    imageId,
    videoId,
    usageId,
    checkout,
    invoice: new URL(invoice!, "http://app").pathname,
    payment: payment!,
  };
}
type Owner = Awaited<ReturnType<typeof makeOwner>>;

/**
 * Another signed-in person asking for the owner's things (IDOR): a 404, or their own empty view, and no
 * trace of the owner's content, email or request ids. The owner's own request shows what a leak would look like.
 */
const OWNED: {
  what: string;
  request: (owner: Owner) => { url: string; method?: "GET" | "POST"; data?: unknown };
  ownerSees: (owner: Owner) => string;
  intruder: { status: number; sees?: string };
}[] = [
  {
    what: "a conversation",
    request: (o) => ({ url: `/chat/${o.conversationId}` }),
    ownerSees: (o) => o.secret,
    intruder: { status: 404 },
  },
  {
    what: "a conversation, continued",
    request: (o) => ({
      url: "/api/chat",
      method: "POST",
      data: { requestId: randomUUID(), conversationId: o.conversationId, prompt: "go on" },
    }),
    ownerSees: () => '"type":"done"',
    intruder: { status: 200, sees: '"code":"NOT_FOUND"' },
  },
  {
    what: "an agent",
    request: (o) => ({ url: `/agents/${o.agentId}` }),
    ownerSees: (o) => o.secret,
    intruder: { status: 404 },
  },
  {
    what: "a new chat with an agent",
    request: (o) => ({ url: `/chat?agent=${o.agentId}` }),
    ownerSees: (o) => o.secret,
    intruder: { status: 404 },
  },
  {
    what: "an image file",
    request: (o) => ({ url: `/api/media/${o.imageId}` }),
    ownerSees: () => "<svg",
    intruder: { status: 404, sees: '"code":"NOT_FOUND"' },
  },
  {
    what: "a video file",
    request: (o) => ({ url: `/api/media/${o.videoId}` }),
    ownerSees: () => "GIF89a",
    intruder: { status: 404, sees: '"code":"NOT_FOUND"' },
  },
  {
    what: "a request's detail",
    request: (o) => ({ url: `/settings/activity?request=${o.usageId}` }),
    ownerSees: (o) => o.secret,
    intruder: { status: 200, sees: "Request not found" },
  },
  { what: "council runs", request: () => ({ url: "/council" }), ownerSees: (o) => o.secret, intruder: { status: 200 } },
  {
    what: "the CSV export",
    request: () => ({ url: "/api/activity/export?range=90d" }),
    ownerSees: (o) => o.chatRequestId,
    intruder: { status: 200, sees: "request_id" },
  },
  {
    what: "a test-mode checkout",
    request: (o) => ({ url: o.checkout }),
    ownerSees: (o) => o.email,
    intruder: { status: 404 },
  },
  {
    what: "a test-mode invoice",
    request: (o) => ({ url: o.invoice }),
    ownerSees: (o) => o.email,
    intruder: { status: 404 },
  },
  {
    what: "a test-mode payment",
    request: (o) => ({ url: o.payment }),
    ownerSees: () => "Payment to Tally",
    intruder: { status: 404 },
  },
  {
    what: "the test-mode billing portal",
    request: () => ({ url: "/billing/sandbox/portal" }),
    ownerSees: (o) => o.email,
    intruder: { status: 404 },
  },
];

test.describe("another person's", () => {
  // One owner and one intruder for the whole table: making the owner's things takes a while.
  test.describe.configure({ mode: "default" });
  let owner: Owner;
  let ownerRequest: APIRequestContext;
  let intruderRequest: APIRequestContext;

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(180_000);
    const ownerPage = await (await browser.newContext()).newPage();
    owner = await makeOwner(ownerPage);
    ownerRequest = ownerPage.request;
    const intruderPage = await (await browser.newContext()).newPage();
    await new AuthPages(intruderPage).signUp();
    // With a request of their own, the intruder's Activity page shows the request dialog, not the welcome.
    await intruderPage.request.post("/api/chat", {
      data: { requestId: randomUUID(), model: "swift", prompt: "my own question" },
    });
    intruderRequest = intruderPage.request;
  });

  for (const { what, request, ownerSees, intruder } of OWNED) {
    test(`${what}: ${intruder.status === 404 ? "404" : "their own view"} and no trace of the owner`, async () => {
      const { url, method = "GET", data } = request(owner);
      const mine = await ownerRequest.fetch(url, { method, data });
      expect(mine.status()).toBe(200);
      expect(await mine.text()).toContain(ownerSees(owner));

      const theirs = await intruderRequest.fetch(url, { method, data });
      expect(theirs.status()).toBe(intruder.status);
      const body = await theirs.text();
      if (intruder.sees) expect(body).toContain(intruder.sees);
      for (const trace of [owner.secret, owner.email, owner.chatRequestId]) expect(body).not.toContain(trace);
    });
  }

  test("generated files are served with their own strict policy, never the app's script policy", async () => {
    for (const id of [owner.imageId, owner.videoId]) {
      const response = await ownerRequest.get(`/api/media/${id}`);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-security-policy"]).toBe(
        "default-src 'none'; style-src 'unsafe-inline'; sandbox",
      );
      expect(response.headers()["x-content-type-options"]).toBe("nosniff");
      expect(response.headers()["content-type"]).toMatch(/^(image\/svg\+xml|image\/gif)$/);
    }
  });
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

// Secure (with the __Secure- prefix) behind HTTPS: lib/auth/session-cookie.unit.test.ts.
test("the session cookie is HttpOnly and SameSite", async ({ context, auth }) => {
  await auth.signUp();
  const session = (await context.cookies()).find((cookie) => cookie.name.endsWith("next-auth.session-token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
});

test("signing in never sends a person to another site, however the callbackUrl is dressed up", async ({
  page,
  baseURL,
  auth,
}) => {
  const email = await auth.signUp();
  await auth.signOut();
  // A tab, or a CR/LF, inside the URL is dropped by the browser: "/\t/evil.example" would become "//evil.example".
  for (const hostile of ["%2F%09%2Fevil.example%2Fphish", "%2F%0A%2Fevil.example", "%2F%5Cevil.example"]) {
    await page.goto(`/sign-in?callbackUrl=${hostile}`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(`${baseURL}/chat`);
    await auth.signOut();
  }
});

test("a session cookie copied before signing out signs nothing afterwards: no page, no data, no paid request", async ({
  context,
  browser,
  baseURL,
  auth,
}) => {
  await auth.signUp();
  const cookies = await context.cookies();
  await auth.signOut();
  const replay = await browser.newContext({ baseURL });
  await replay.addCookies(cookies);
  try {
    expect(await (await replay.request.get("/api/auth/session")).json()).toEqual({});
    const chat = await replay.request.post("/api/chat", {
      data: { requestId: randomUUID(), model: "swift", prompt: "still me?" },
    });
    expect(chat.status()).toBe(401);
    const settings = await replay.request.get("/settings/billing", { maxRedirects: 0 });
    expect(settings.status()).toBe(307);
  } finally {
    await replay.close();
  }
});

test("signing out of all other devices ends the other sessions at once and keeps this one", async ({
  page,
  browser,
  baseURL,
  auth,
}) => {
  const email = await auth.signUp();
  const other = await browser.newContext({ baseURL });
  const otherPage = await other.newPage();
  try {
    await new AuthPages(otherPage).signIn(email);
    await expect(otherPage).toHaveURL(/\/chat/);
    await page.goto("/settings/profile");
    await expect(page.getByTestId("sessions").getByRole("listitem")).toHaveCount(2);
    await page.getByRole("button", { name: "Sign out of all other devices" }).click();
    await expect(page.getByText("1 other session was signed out.")).toBeVisible();
    await expect(page.getByTestId("sessions").getByRole("listitem")).toHaveCount(1);
    await page.getByTestId("sessions").screenshot({ path: "test-results/screenshots/sessions.png" });
    await otherPage.goto("/settings/activity");
    await expect(otherPage).toHaveURL(/\/sign-in\?callbackUrl=%2Fsettings%2Factivity/);
    await page.goto("/settings/activity");
    await expect(page).toHaveURL(/\/settings\/activity/);
  } finally {
    await other.close();
  }
});

test("a stranger's wrong passwords lock out only the stranger: the owner still signs in from their own address", async ({
  page,
  auth,
}) => {
  const email = await auth.signUp();
  // Two other clients, as far as the server's socket can tell (loopback source addresses).
  const server = `http://127.0.0.1:${new URL(page.url()).port}`;
  for (let i = 0; i < 6; i += 1) await attemptSignIn(server, email, `guess ${i}`, { from: "127.0.0.2" });
  expect((await attemptSignIn(server, email, PASSWORD, { from: "127.0.0.2" })).outcome).toBe("rate-limited");
  expect((await attemptSignIn(server, email, PASSWORD, { from: "127.0.0.3" })).outcome).toBe("signed-in");
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
  await expect.poll(() => status).toBe(403);
  await expect(page).toHaveURL(/\/sign-up/);
});

test("a server action with an oversized body is a 413, not a 500", async ({ request, baseURL }) => {
  const response = await request.post("/sign-up", {
    headers: { "next-action": "0".repeat(42), origin: baseURL!, "content-type": "text/plain;charset=UTF-8" },
    data: "x".repeat(2 * 1024 * 1024),
  });
  expect(response.status()).toBe(413);
  expect(await response.json()).toMatchObject({ ok: false, code: "TOO_LARGE" });
});

test("no secret reaches the browser bundle", () => {
  const dist = path.join(process.cwd(), process.env.TALLY_DIST_DIR || ".next", "static");
  const files = readdirSync(dist, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".js"));
  expect(files.length).toBeGreaterThan(0);
  const secrets = [
    "e2e-secret-e2e-secret-e2e-secret-0123456789",
    "NEXTAUTH_SECRET",
    "DATABASE_URL",
    "STRIPE_SECRET_KEY",
    "whsec_",
    "sk_test_sandbox",
  ];
  for (const file of files) {
    const text = readFileSync(path.join(dist, file), "utf8");
    for (const secret of secrets) expect(text.includes(secret), `${secret} in ${file}`).toBe(false);
  }
});
