import { randomUUID } from "node:crypto";
import Stripe from "stripe";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { signInAsNewUser } from "@/lib/testing/session";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/session"));

// No Stripe keys here: before billing modes, that alone meant the sandbox, so a deployed site "sold" packs
// and plans to anyone without a card.
const { buyPack } = await import("./actions/buy-pack");
const { startPlanChange } = await import("./actions/start-plan-change");
const { openPortal } = await import("./actions/open-portal");
const { approveAsIfLater } = await import("@/lib/affiliate/actions/approve-as-if-later");
const { startPayoutOnboarding } = await import("@/lib/affiliate/actions/start-payout-onboarding");
const { refreshPayoutAccount } = await import("@/lib/affiliate/actions/refresh-payout-account");
const { sendTransferNow } = await import("@/lib/affiliate/actions/send-transfer-now");
const { completeSandboxOnboarding } = await import("@/lib/affiliate/actions/complete-sandbox-onboarding");
const { joinAffiliateProgram } = await import("@/lib/affiliate/actions/join-affiliate-program");
const { sendMonthlyTransfers } = await import("@/lib/affiliate/transfers");
const { setCancellation } = await import("./actions/set-cancellation");
const { completeSandboxCheckout, renewSandboxSubscription } = await import("./actions/sandbox-checkout");
const sandboxPayments = await import("./actions/sandbox-payments");
const { billingMode, stripe, webhookSecret } = await import("./stripe");
const { POST: webhook } = await import("@/app/api/stripe/webhook/route");

const wallet = (userId: string) => db().wallet.findUniqueOrThrow({ where: { userId } });

describe("billing off: a public server without Stripe keys", () => {
  beforeEach(() => {
    process.env.NEXTAUTH_URL = "https://tally.example.com";
  });
  afterEach(() => {
    delete process.env.NEXTAUTH_URL;
  });

  it("refuses every billing action with BILLING_DISABLED and grants nothing", async () => {
    expect(billingMode()).toBe("off");
    const person = await signInAsNewUser();
    const refused = {
      ok: false,
      code: "BILLING_DISABLED",
      message: expect.stringContaining("Payments are not set up on this server"),
    };
    expect(await buyPack({ packId: "pack-500" })).toEqual(refused);
    expect(await startPlanChange({ plan: "PRO" })).toEqual(refused);
    expect(await openPortal({})).toEqual(refused);
    expect(await setCancellation({ cancel: true })).toEqual(refused);
    expect(await completeSandboxCheckout({ sessionId: "cs_test_anything", outcome: "paid" })).toEqual(refused);
    expect(await renewSandboxSubscription({})).toEqual(refused);
    expect(await sandboxPayments.setSandboxCard({ card: "pm_card_visa" })).toEqual(refused);
    expect(await sandboxPayments.paySandboxInvoice({ invoiceId: "in_anything" })).toEqual(refused);
    expect(await sandboxPayments.endSandboxRetries({})).toEqual(refused);
    expect(await sandboxPayments.refundSandboxPayment({ paymentIntentId: "pi_anything" })).toEqual(refused);
    expect(await sandboxPayments.disputeSandboxPayment({ paymentIntentId: "pi_anything" })).toEqual(refused);
    expect(await sandboxPayments.closeSandboxDispute({ paymentIntentId: "pi_anything", outcome: "won" })).toEqual(
      refused,
    );
    expect(await approveAsIfLater({})).toEqual(refused); // the affiliate program's test-mode clock
    // Payouts in money: no Express account, no sandbox onboarding, no transfer, and the monthly job pays no one.
    expect(await joinAffiliateProgram({ acceptTerms: true })).toMatchObject({ ok: true });
    expect(await startPayoutOnboarding({})).toEqual(refused);
    expect(await refreshPayoutAccount({})).toEqual(refused);
    expect(await sendTransferNow({})).toEqual(refused);
    expect(await completeSandboxOnboarding({ linkId: "acctlink_anything", outcome: "verified" })).toEqual(refused);
    expect(await sendMonthlyTransfers()).toEqual({ claimed: [], sent: 0 });
    expect(await db().affiliate.findUniqueOrThrow({ where: { userId: person.id } })).toMatchObject({
      connectAccountId: null,
    });
    expect(await db().sandboxObject.count()).toBe(0);
    expect(await wallet(person.id)).toMatchObject({ available: 100 });
    expect(await db().packPurchase.count({ where: { userId: person.id } })).toBe(0);
    expect(await db().user.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({
      plan: "FREE",
      stripeCustomerId: null,
    });
  });

  it("answers webhooks 503 BILLING_DISABLED, even ones signed with the sandbox's secret", async () => {
    const payload = JSON.stringify({
      id: `evt_${randomUUID()}`,
      type: "checkout.session.completed",
      data: { object: {} },
    });
    const signature = new Stripe("sk_test_signer").webhooks.generateTestHeaderString({
      payload,
      secret: webhookSecret(),
    });
    const response = await webhook(
      new Request("http://localhost/api/stripe/webhook", {
        method: "POST",
        body: payload,
        headers: { "stripe-signature": signature },
      }),
    );
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: "BILLING_DISABLED" });
    expect(await db().stripeEvent.count()).toBe(0);
  });
});

describe("test mode's sandbox server", () => {
  it("answers only this process's random key, not any sk_… another local process sends", async () => {
    delete process.env.NEXTAUTH_URL;
    expect(billingMode()).toBe("test");
    const client = await stripe();
    const { port } = (client as unknown as { _api: { port: string } })._api;
    expect(await client.customers.create({ email: "a@example.test" })).toMatchObject({ object: "customer" });
    for (const key of ["sk_test_sandbox", "sk_live_anything", "sk_test_"]) {
      const intruder = new Stripe(key, {
        host: "127.0.0.1",
        port: Number(port),
        protocol: "http",
        maxNetworkRetries: 0,
      });
      await expect(intruder.customers.create({ email: "b@example.test" })).rejects.toMatchObject({ statusCode: 401 });
    }
  });
});

describe("test mode's checkout page", () => {
  it("a second click on Pay after the payment went through is a calm 'already paid', credited once", async () => {
    delete process.env.NEXTAUTH_URL;
    const person = await signInAsNewUser();
    const bought = await buyPack({ packId: "pack-500" });
    if (!bought.ok) throw new Error(bought.message);
    const sessionId = bought.data.redirectUrl.split("/").pop()!;
    expect(await completeSandboxCheckout({ sessionId, outcome: "paid" })).toEqual({
      ok: true,
      data: { mode: "payment", alreadyPaid: false },
    });
    expect(await completeSandboxCheckout({ sessionId, outcome: "paid" })).toEqual({
      ok: true,
      data: { mode: "payment", alreadyPaid: true },
    });
    expect(await completeSandboxCheckout({ sessionId, outcome: "async_succeeded" })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    expect(await wallet(person.id)).toMatchObject({ available: 600 });
  });
});
