import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { startSession } from "@/lib/auth/sessions";
import { findServerActions } from "@/lib/testing/server-actions";
import { sendChatMessage } from "@/lib/testing/paid-requests";
import { signInAsNewUser } from "@/lib/testing/session";
import { stripe } from "@/lib/billing/stripe";
import { hashPassword, verifyPassword } from "@/lib/auth/password";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/session"));

const actions = await findServerActions();
const action = (name: string) => actions.find((candidate) => candidate.name.endsWith(`#${name}`))!.run;
const PUBLIC_ACTIONS = ["signUp", "confirmEmail", "requestPasswordResetEmail", "setNewPassword", "confirmNewEmail"];

beforeEach(() => {
  process.env.TALLY_LOCAL_AI_DELAY_MS = "0";
});

const sessionIdOf = (url: string) => url.split("/").pop()!;

async function succeed(name: string, input: unknown) {
  const result = await action(name)(input);
  expect(result, name).toMatchObject({ ok: true });
  return result.data as Record<string, unknown> & { redirectUrl: string };
}

/**
 * A signed-in person with something of everything: a conversation, an agent, a Starter plan and an unpaid
 * pack checkout (billing runs against the built-in Stripe sandbox, as without Stripe keys).
 */
async function personWithEverything() {
  const user = await signInAsNewUser();
  const chat = await sendChatMessage({ requestId: randomUUID(), model: "swift", prompt: "hello" });
  expect(chat).toMatchObject({ ok: true });
  const { conversationId } = chat.ok ? chat.data : { conversationId: "" };
  const { id: agentId } = await succeed("saveAgent", {
    name: "Chef",
    instructions: "Suggest dinners.",
    model: "swift",
  });
  const plan = await succeed("startPlanChange", { plan: "STARTER" });
  await succeed("completeSandboxCheckout", { sessionId: sessionIdOf(plan.redirectUrl), outcome: "paid" });
  const pack = await succeed("buyPack", { packId: "pack-500" });
  const { currentPeriodEnd } = await db().subscription.findUniqueOrThrow({ where: { userId: user.id } });
  const packSessionId = sessionIdOf(pack.redirectUrl);
  for (const device of ["laptop", "phone"]) await startSession({ userId: user.id, userAgent: device });
  const { id: packPurchaseId } = await db().packPurchase.findUniqueOrThrow({
    where: { checkoutSessionId: packSessionId },
  });
  const { paymentIntentId: planPaymentIntentId, sourceId: planInvoiceId } = await db().payment.findFirstOrThrow({
    where: { userId: user.id, kind: "PLAN" },
  });
  return {
    user,
    conversationId: String(conversationId),
    agentId: String(agentId),
    packSessionId,
    packPurchaseId,
    currentPeriodEnd,
    planPaymentIntentId,
    planInvoiceId,
  };
}
type Person = Awaited<ReturnType<typeof personWithEverything>>;

/** Everything stored about a person, to prove a call left them untouched. */
function everythingOf(userId: string) {
  return db().user.findUniqueOrThrow({
    where: { id: userId },
    include: {
      wallet: true,
      buckets: { orderBy: { id: "asc" } },
      ledger: { orderBy: { id: "asc" } },
      holds: { orderBy: { id: "asc" } },
      usageEvents: { orderBy: { id: "asc" } },
      conversations: { orderBy: { id: "asc" }, include: { messages: { orderBy: { id: "asc" } } } },
      agents: { orderBy: { id: "asc" } },
      media: { orderBy: { id: "asc" } },
      councilRuns: { orderBy: { id: "asc" }, include: { answers: { orderBy: { id: "asc" } } } },
      subscription: true,
      packPurchases: { orderBy: { id: "asc" } },
      sessions: { orderBy: { id: "asc" } },
      payments: { orderBy: { paymentIntentId: "asc" } },
      reversals: { orderBy: { id: "asc" } },
      paymentProblems: { orderBy: { invoiceId: "asc" } },
    },
  });
}

const subscriptionOf = (me: Person) => db().subscription.findUniqueOrThrow({ where: { userId: me.user.id } });

const CALLER_PASSWORD = "the caller's passphrase";
const giveAPassword = async (me: Person) =>
  void (await db().user.update({
    where: { id: me.user.id },
    data: { passwordHash: await hashPassword(CALLER_PASSWORD) },
  }));
const reversalOf = (me: Person) =>
  db().creditReversal.findFirstOrThrow({ where: { userId: me.user.id, paymentIntentId: me.planPaymentIntentId } });
const savedCardOf = async (me: Person) => {
  const { stripeCustomerId } = await db().user.findUniqueOrThrow({ where: { id: me.user.id } });
  const customer = await (await stripe()).customers.retrieve(stripeCustomerId!);
  return customer.deleted ? null : customer.invoice_settings.default_payment_method;
};

/** The caller as an affiliate with one commission of 500¢ (as a customer's Pro payment would earn). */
async function anEarning(me: Person, status: "PENDING" | "APPROVED") {
  await succeed("joinAffiliateProgram", { acceptTerms: true });
  await db().affiliateEarning.create({
    data: {
      id: `commission:pi_${randomUUID()}`,
      affiliateId: me.user.id,
      refereeId: randomUUID(),
      paymentIntentId: `pi_${randomUUID()}`,
      kind: "COMMISSION",
      paymentCents: 1_999,
      earnedCents: 500,
      cents: 500,
      status,
      approvesAt: new Date(),
      createdAt: new Date(),
    },
  });
}

async function anOnboardingLink() {
  await succeed("joinAffiliateProgram", { acceptTerms: true });
  const { redirectUrl } = await succeed("startPayoutOnboarding", {});
  return redirectUrl.split("/").pop()!;
}

const affiliateOf = (me: Person) => db().affiliate.findUniqueOrThrow({ where: { userId: me.user.id } });

/**
 * For every signed-in action: a valid input from the caller's own things, and where its effect must land
 * (with what must have happened to the caller first, when the action needs it).
 */
type Case = {
  prepare?: (me: Person) => Promise<void>;
  input: (me: Person) => object | Promise<object>;
  landsOn: (me: Person, data: Record<string, unknown>) => Promise<void>;
};

const CASES: Record<string, Case> = {
  joinAffiliateProgram: {
    input: () => ({ acceptTerms: true }),
    landsOn: async (me) => expect(await db().affiliate.count({ where: { userId: me.user.id } })).toBe(1),
  },
  approveAsIfLater: {
    prepare: (me) => anEarning(me, "PENDING"),
    input: () => ({}),
    landsOn: async (me) =>
      expect(await db().affiliateEarning.findMany({ where: { affiliateId: me.user.id } })).toMatchObject([
        { status: "APPROVED" },
      ]),
  },
  takeEarningsAsCredits: {
    prepare: (me) => anEarning(me, "APPROVED"),
    input: () => ({}),
    landsOn: async (me) =>
      expect(await db().affiliatePayout.findMany({ where: { affiliateId: me.user.id } })).toMatchObject([
        { cents: 500, credits: 600 },
      ]),
  },
  startPayoutOnboarding: {
    prepare: async () => void (await succeed("joinAffiliateProgram", { acceptTerms: true })),
    input: () => ({}),
    landsOn: async (me) => expect((await affiliateOf(me)).connectAccountId).toMatch(/^acct_/),
  },
  completeSandboxOnboarding: {
    input: async () => ({ linkId: await anOnboardingLink(), outcome: "verified" }),
    landsOn: async (me) => expect(await affiliateOf(me)).toMatchObject({ transfersEnabled: true }),
  },
  refreshPayoutAccount: {
    prepare: async () => void (await anOnboardingLink()),
    input: () => ({}),
    landsOn: async (me, data) => {
      expect(data).toEqual({ connectDetailsSubmitted: false, transfersEnabled: false });
      expect((await affiliateOf(me)).connectAccountId).toMatch(/^acct_/);
    },
  },
  sendTransferNow: {
    prepare: async (me) => {
      await succeed("completeSandboxOnboarding", { linkId: await anOnboardingLink(), outcome: "verified" });
      for (let i = 0; i < 5; i += 1) await anEarning(me, "APPROVED");
    },
    input: () => ({}),
    landsOn: async (me) =>
      expect(await db().affiliatePayout.findMany({ where: { affiliateId: me.user.id } })).toMatchObject([
        { method: "TRANSFER", status: "PAID", cents: 2_500 },
      ]),
  },
  generateImage: {
    input: () => ({ requestId: randomUUID(), prompt: "a kite", model: "sketch", resolution: "512x512" }),
    landsOn: async (me, data) =>
      expect(await db().media.findUniqueOrThrow({ where: { id: String(data.mediaId) } })).toMatchObject({
        userId: me.user.id,
      }),
  },
  generateVideo: {
    input: () => ({ requestId: randomUUID(), prompt: "waves", model: "reel", resolution: "480p", seconds: 4 }),
    landsOn: async (me, data) =>
      expect(await db().media.findUniqueOrThrow({ where: { id: String(data.mediaId) } })).toMatchObject({
        userId: me.user.id,
      }),
  },
  saveAgent: {
    input: () => ({ name: "Tutor", instructions: "Explain slowly.", model: "sage" }),
    landsOn: async (me, data) =>
      expect(await db().agent.findUniqueOrThrow({ where: { id: String(data.id) } })).toMatchObject({
        userId: me.user.id,
      }),
  },
  deleteAgent: {
    input: (me) => ({ agentId: me.agentId }),
    landsOn: async (me) => expect(await db().agent.count({ where: { id: me.agentId } })).toBe(0),
  },
  renameConversation: {
    input: (me) => ({ conversationId: me.conversationId, title: "Renamed" }),
    landsOn: async (me) =>
      expect(await db().conversation.findUniqueOrThrow({ where: { id: me.conversationId } })).toMatchObject({
        title: "Renamed",
      }),
  },
  deleteConversation: {
    input: (me) => ({ conversationId: me.conversationId }),
    landsOn: async (me) => expect(await db().conversation.count({ where: { id: me.conversationId } })).toBe(0),
  },
  updateTimeZone: {
    input: () => ({ timeZone: "Asia/Tokyo" }),
    landsOn: async (me) =>
      expect(await db().user.findUniqueOrThrow({ where: { id: me.user.id } })).toMatchObject({
        timeZone: "Asia/Tokyo",
      }),
  },
  updateAlerts: {
    input: () => ({ lowBalanceThreshold: 50, monthlySpendCap: 900, dailySpendCap: 90 }),
    landsOn: async (me) => {
      expect(await db().user.findUniqueOrThrow({ where: { id: me.user.id } })).toMatchObject({
        lowBalanceThreshold: 50,
      });
      expect(await db().wallet.findUniqueOrThrow({ where: { userId: me.user.id } })).toMatchObject({
        spendCap: 900,
        dailyCap: 90,
      });
    },
  },
  buyPack: {
    input: () => ({ packId: "pack-1500" }),
    landsOn: async (me, data) =>
      expect(
        await db().packPurchase.findUniqueOrThrow({
          where: { checkoutSessionId: sessionIdOf(String(data.redirectUrl)) },
        }),
      ).toMatchObject({ userId: me.user.id }),
  },
  openPortal: {
    input: () => ({}),
    // The portal session itself is Stripe's (the sandbox portal reads the signed-in person's own customer);
    // that the other person is untouched is checked for every case.
    landsOn: async (_me, data) => expect(data.redirectUrl).toMatch(/\/billing\/sandbox\/portal$/),
  },
  startPlanChange: {
    input: () => ({ plan: "PRO" }),
    landsOn: async (me) => expect(await subscriptionOf(me)).toMatchObject({ plan: "PRO" }),
  },
  setCancellation: {
    input: () => ({ cancel: true }),
    landsOn: async (me) => expect(await subscriptionOf(me)).toMatchObject({ cancelAtPeriodEnd: true }),
  },
  completeSandboxCheckout: {
    input: (me) => ({ sessionId: me.packSessionId, outcome: "paid" }),
    landsOn: async (me) =>
      expect(
        await db().packPurchase.findUniqueOrThrow({ where: { checkoutSessionId: me.packSessionId } }),
      ).toMatchObject({ status: "PAID" }),
  },
  abandonCheckout: {
    input: (me) => ({ purchaseId: me.packPurchaseId }),
    landsOn: async (me) =>
      expect(await db().packPurchase.findUniqueOrThrow({ where: { id: me.packPurchaseId } })).toMatchObject({
        status: "EXPIRED",
      }),
  },
  signOutOtherDevices: {
    input: () => ({}),
    landsOn: async (me, data) => {
      expect(data).toEqual({ signedOut: 2 });
      expect(await db().authSession.count({ where: { userId: me.user.id, revokedAt: null } })).toBe(0);
    },
  },
  updateName: {
    input: () => ({ name: "Caller" }),
    landsOn: async (me) =>
      expect(await db().user.findUniqueOrThrow({ where: { id: me.user.id } })).toMatchObject({ name: "Caller" }),
  },
  changeOwnPassword: {
    prepare: giveAPassword,
    input: () => ({ currentPassword: CALLER_PASSWORD, newPassword: "the caller's new passphrase" }),
    landsOn: async (me) => {
      const { passwordHash } = await db().user.findUniqueOrThrow({ where: { id: me.user.id } });
      expect(await verifyPassword(passwordHash!, "the caller's new passphrase")).toBe(true);
    },
  },
  changeEmail: {
    prepare: giveAPassword,
    input: () => ({ newEmail: "caller-new@example.test", currentPassword: CALLER_PASSWORD }),
    landsOn: async (me) =>
      expect(
        await db().accountToken.findFirstOrThrow({
          where: { purpose: "CHANGE_EMAIL", email: "caller-new@example.test" },
        }),
      ).toMatchObject({ userId: me.user.id }),
  },
  deleteOwnAccount: {
    input: (me) => ({ confirmEmail: me.user.email }),
    landsOn: async (me) =>
      expect(await db().user.findUniqueOrThrow({ where: { id: me.user.id } })).toMatchObject({
        email: `deleted-${me.user.id}@deleted.invalid`,
        deletedAt: expect.any(Date),
      }),
  },
  resendVerification: {
    input: () => ({}),
    landsOn: async (me, data) => expect(data).toEqual({ alreadyVerified: true, email: me.user.email }),
  },
  setSandboxCard: {
    input: () => ({ card: "pm_card_chargeCustomerFail" }),
    landsOn: async (me) => expect(await savedCardOf(me)).toBe("pm_card_chargeCustomerFail"),
  },
  paySandboxInvoice: {
    prepare: async () => {
      await succeed("setSandboxCard", { card: "pm_card_authenticationRequired" });
      await succeed("renewSandboxSubscription", {});
    },
    input: async (me) => ({
      invoiceId: (await db().paymentProblem.findFirstOrThrow({ where: { userId: me.user.id } })).invoiceId,
    }),
    landsOn: async (me, data) => {
      expect(data).toEqual({ paid: true });
      expect(await db().paymentProblem.findFirstOrThrow({ where: { userId: me.user.id } })).toMatchObject({
        resolvedAt: expect.any(Date),
      });
    },
  },
  endSandboxRetries: {
    prepare: async () => {
      await succeed("setSandboxCard", { card: "pm_card_chargeCustomerFail" });
      await succeed("renewSandboxSubscription", {});
    },
    input: () => ({}),
    landsOn: async (me) =>
      expect(await db().user.findUniqueOrThrow({ where: { id: me.user.id } })).toMatchObject({ plan: "FREE" }),
  },
  refundSandboxPayment: {
    input: (me) => ({ paymentIntentId: me.planPaymentIntentId }),
    landsOn: async (me) => expect(await reversalOf(me)).toMatchObject({ kind: "REFUND", status: "TAKEN" }),
  },
  disputeSandboxPayment: {
    input: (me) => ({ paymentIntentId: me.planPaymentIntentId }),
    landsOn: async (me) => expect(await reversalOf(me)).toMatchObject({ kind: "DISPUTE", status: "FROZEN" }),
  },
  closeSandboxDispute: {
    prepare: async (me) => void (await succeed("disputeSandboxPayment", { paymentIntentId: me.planPaymentIntentId })),
    input: (me) => ({ paymentIntentId: me.planPaymentIntentId, outcome: "won" }),
    landsOn: async (me) => expect(await reversalOf(me)).toMatchObject({ kind: "DISPUTE", status: "RELEASED" }),
  },
  renewSandboxSubscription: {
    input: () => ({}),
    landsOn: async (me) => expect(await subscriptionOf(me)).toMatchObject({ currentPeriodStart: me.currentPeriodEnd }),
  },
};

// The streaming routes read the same kind of JSON body; their last NDJSON line carries what was made.
const ROUTES: Record<
  string,
  Case & { result: (done: Record<string, Record<string, unknown>>) => Record<string, unknown> }
> = {
  "app/api/chat/route.ts": {
    input: () => ({ requestId: randomUUID(), model: "swift", prompt: "whose credits?" }),
    landsOn: async (me, data) =>
      expect(await db().conversation.findUniqueOrThrow({ where: { id: String(data.conversationId) } })).toMatchObject({
        userId: me.user.id,
      }),
    result: (done) => done.reply!,
  },
  "app/api/council/route.ts": {
    input: () => ({ requestId: randomUUID(), prompt: "whose credits?", models: ["swift", "nimbus"] }),
    landsOn: async (me, data) =>
      expect(await db().councilRun.findUniqueOrThrow({ where: { id: String(data.runId) } })).toMatchObject({
        userId: me.user.id,
      }),
    result: (done) => done.summary!,
  },
};
const bodyRoutes = readdirSync("app", { recursive: true, encoding: "utf8" })
  .map((file) => `app/${file}`)
  .filter((file) => file.endsWith("route.ts") && readFileSync(file, "utf8").includes("authedRoute("));

/** Signed in as B with everything A has too; the call carries A's id in every way a client could send it. */
async function callAsB(run: (input: object) => Promise<Record<string, unknown>>, which: Case) {
  const a = await personWithEverything();
  const b = await personWithEverything();
  await which.prepare?.(b);
  const before = await everythingOf(a.user.id);
  const data = await run({
    ...(await which.input(b)),
    userId: a.user.id,
    user: { id: a.user.id },
    ownerId: a.user.id,
  });
  await which.landsOn(b, data);
  expect(await everythingOf(a.user.id)).toEqual(before);
}

describe("a user id sent by the client", () => {
  it("is covered for every signed-in action and every route that reads a body", () => {
    const signedIn = actions.map((a) => a.name.split("#")[1]!).filter((name) => !PUBLIC_ACTIONS.includes(name));
    expect(Object.keys(CASES).toSorted()).toEqual(signedIn.toSorted());
    expect(Object.keys(ROUTES).toSorted()).toEqual(bodyRoutes.toSorted());
  });

  it.each(Object.keys(CASES))(
    "is ignored by %s: the effect lands on the signed-in person, the other is untouched",
    async (name) => {
      await callAsB((input) => succeed(name, input), CASES[name]!);
    },
  );

  it.each(Object.keys(ROUTES))("is ignored by POST %s", async (file) => {
    const { POST } = (await import(`@/${file}`)) as { POST: (request: Request) => Promise<Response> };
    const route = ROUTES[file]!;
    await callAsB(async (input) => {
      const response = await POST(new Request("http://localhost/api", { method: "POST", body: JSON.stringify(input) }));
      const done = JSON.parse((await response.text()).trim().split("\n").at(-1)!);
      expect(done.type).toBe("done");
      return route.result(done);
    }, route);
  });
});
