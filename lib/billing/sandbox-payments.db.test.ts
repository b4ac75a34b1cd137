import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { signInAs, signInAsNewUser } from "@/lib/testing/session";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/session"));

// Test mode (no Stripe keys, no public URL): the sandbox's own pages and buttons, which stand in for the
// Customer Portal, the hosted invoice page, Smart Retries, the Dashboard's refunds and the bank's disputes.
delete process.env.NEXTAUTH_URL;
const { buyPack } = await import("./actions/buy-pack");
const { startPlanChange } = await import("./actions/start-plan-change");
const { completeSandboxCheckout, renewSandboxSubscription } = await import("./actions/sandbox-checkout");
const {
  setSandboxCard,
  paySandboxInvoice,
  endSandboxRetries,
  refundSandboxPayment,
  disputeSandboxPayment,
  closeSandboxDispute,
} = await import("./actions/sandbox-payments");
const { openPortal } = await import("./actions/open-portal");
const { stripe } = await import("./stripe");

const available = async (userId: string) => (await db().wallet.findUniqueOrThrow({ where: { userId } })).available;
const unwrap = <T>(result: { ok: true; data: T } | { ok: false; message: string }) => {
  if (!result.ok) throw new Error(result.message);
  return result.data;
};
const sessionOf = (redirectUrl: string) => redirectUrl.split("/").pop()!;

async function subscribeToStarter() {
  unwrap(
    await completeSandboxCheckout({
      sessionId: sessionOf(unwrap(await startPlanChange({ plan: "STARTER" })).redirectUrl!),
      outcome: "paid",
    }),
  );
}

async function buyPack500() {
  const sessionId = sessionOf(unwrap(await buyPack({ packId: "pack-500" })).redirectUrl);
  unwrap(await completeSandboxCheckout({ sessionId, outcome: "paid" }));
  return (await (await stripe()).checkout.sessions.retrieve(sessionId)).payment_intent as string;
}

const openProblem = (userId: string) => db().paymentProblem.findFirst({ where: { userId, resolvedAt: null } });

describe("the test-mode billing portal and hosted invoice", () => {
  it("opens the sandbox portal; a declined renewal is paid there after a card change, its allowance granted once", async () => {
    const person = await signInAsNewUser();
    await subscribeToStarter();
    expect(unwrap(await openPortal({})).redirectUrl).toMatch(/\/billing\/sandbox\/portal$/);
    expect(unwrap(await setSandboxCard({ card: "pm_card_chargeCustomerFail" }))).toEqual({ card: "Visa •••• 0341" });
    const before = await available(person.id);

    expect(unwrap(await renewSandboxSubscription({}))).toEqual({ renewed: true, paid: false });
    const problem = await openProblem(person.id);
    expect(problem).toMatchObject({ kind: "DECLINED" });
    // Paying again with the same card declines again: said as an answer, and nothing is granted.
    expect(unwrap(await paySandboxInvoice({ invoiceId: problem!.invoiceId }))).toEqual({ paid: false });
    expect(await available(person.id)).toBe(before - 1_000);

    unwrap(await setSandboxCard({ card: "pm_card_visa" }));
    expect(unwrap(await paySandboxInvoice({ invoiceId: problem!.invoiceId }))).toEqual({ paid: true });
    expect(await available(person.id)).toBe(before);
    expect(await openProblem(person.id)).toBeNull();
    // A second click on Pay: still paid, still one allowance.
    expect(unwrap(await paySandboxInvoice({ invoiceId: problem!.invoiceId }))).toEqual({ paid: true });
    expect(await available(person.id)).toBe(before);
  });

  it("a renewal waiting for 3-D Secure is confirmed on the invoice page", async () => {
    const person = await signInAsNewUser();
    await subscribeToStarter();
    unwrap(await setSandboxCard({ card: "pm_card_authenticationRequired" }));
    expect(unwrap(await renewSandboxSubscription({}))).toEqual({ renewed: true, paid: false });
    const problem = await openProblem(person.id);
    expect(problem).toMatchObject({ kind: "ACTION_REQUIRED" });
    expect(unwrap(await paySandboxInvoice({ invoiceId: problem!.invoiceId }))).toEqual({ paid: true });
    expect(await available(person.id)).toBe(1_000);
  });

  it("when the retries run out the person is on Free", async () => {
    const person = await signInAsNewUser();
    await subscribeToStarter();
    unwrap(await setSandboxCard({ card: "pm_card_chargeCustomerFail" }));
    unwrap(await renewSandboxSubscription({}));
    expect(unwrap(await endSandboxRetries({}))).toEqual({ ended: true });
    expect(await db().user.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({ plan: "FREE" });
    expect(await available(person.id)).toBe(100);
    // Nothing left to give up on.
    expect(await endSandboxRetries({})).toMatchObject({ ok: false });
  });
});

describe("the test-mode payment page: refunds and disputes", () => {
  // Both refunds land in the same second, so Stripe lists them in either order: the credits they take must
  // add up to the pack whichever way round they are recorded (they once came to 499 of 500).
  it("a half refund, then the rest, takes back the pack's credits in proportion; a second full refund is refused", async () => {
    const person = await signInAsNewUser();
    const paymentIntentId = await buyPack500();
    expect(await available(person.id)).toBe(600);
    unwrap(await refundSandboxPayment({ paymentIntentId, amountCents: 349 }));
    expect(await available(person.id)).toBe(600 - Math.floor((500 * 349) / 699));
    unwrap(await refundSandboxPayment({ paymentIntentId }));
    expect(await available(person.id)).toBe(100);
    expect(await refundSandboxPayment({ paymentIntentId })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: expect.stringContaining("already been refunded"),
    });
    expect(await available(person.id)).toBe(100);
  });

  it("a partial refund and a lost dispute of the rest take back the whole pack, not a credit less", async () => {
    const person = await signInAsNewUser();
    const paymentIntentId = await buyPack500();
    unwrap(await refundSandboxPayment({ paymentIntentId, amountCents: 349 }));
    unwrap(await disputeSandboxPayment({ paymentIntentId }));
    unwrap(await closeSandboxDispute({ paymentIntentId, outcome: "lost" }));
    expect(await available(person.id)).toBe(100);
  });

  it("a dispute freezes the pack, a lost one takes it back; a won one gives it back", async () => {
    const person = await signInAsNewUser();
    const lost = await buyPack500();
    const won = await buyPack500();
    unwrap(await disputeSandboxPayment({ paymentIntentId: lost }));
    unwrap(await disputeSandboxPayment({ paymentIntentId: won }));
    expect(await available(person.id)).toBe(100);
    expect(await disputeSandboxPayment({ paymentIntentId: won })).toMatchObject({ ok: false, code: "CONFLICT" });
    unwrap(await closeSandboxDispute({ paymentIntentId: lost, outcome: "lost" }));
    unwrap(await closeSandboxDispute({ paymentIntentId: won, outcome: "won" }));
    expect(await available(person.id)).toBe(600);
    expect(await closeSandboxDispute({ paymentIntentId: won, outcome: "lost" })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: "This payment has no open dispute.",
    });
    expect(await available(person.id)).toBe(600);
  });
});

describe("another person's payments and invoices", () => {
  it("cannot be paid, refunded or disputed: NOT_FOUND, and nothing moves", async () => {
    const owner = await signInAsNewUser();
    await subscribeToStarter();
    const paymentIntentId = await buyPack500();
    unwrap(await setSandboxCard({ card: "pm_card_chargeCustomerFail" }));
    unwrap(await renewSandboxSubscription({}));
    const problem = await openProblem(owner.id);
    const ownerBalance = await available(owner.id);

    const attacker = await signInAsNewUser();
    await buyPack500(); // the attacker has a billing account of their own
    const attackerBalance = await available(attacker.id);
    const notFound = { ok: false, code: "NOT_FOUND" };
    expect(await paySandboxInvoice({ invoiceId: problem!.invoiceId })).toMatchObject(notFound);
    expect(await refundSandboxPayment({ paymentIntentId })).toMatchObject(notFound);
    expect(await disputeSandboxPayment({ paymentIntentId })).toMatchObject(notFound);
    expect(await closeSandboxDispute({ paymentIntentId, outcome: "won" })).toMatchObject(notFound);
    expect(await paySandboxInvoice({ invoiceId: "in_not_a_real_one" })).toMatchObject(notFound);
    expect(await refundSandboxPayment({ paymentIntentId: "cs_test_wrong_kind" })).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
    });
    expect(await setSandboxCard({ card: "pm_card_anything_else" as never })).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
    });

    expect(await available(attacker.id)).toBe(attackerBalance);
    signInAs(owner);
    expect(await available(owner.id)).toBe(ownerBalance);
    expect(await openProblem(owner.id)).toMatchObject({ invoiceId: problem!.invoiceId });
  });
});
