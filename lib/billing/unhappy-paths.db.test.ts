import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { SandboxEvent } from "./sandbox/emulator";
import { signInAs, signInAsNewUser } from "@/lib/testing/session";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/session"));

const { checkout, deliver, deliverChaotically, sandboxEmulator, takeApiEvents, runStripeStandIn } =
  await import("@/lib/testing/stripe-harness");
const { stripe } = await import("./stripe");
const { buyPack } = await import("./actions/buy-pack");
const { startPlanChange } = await import("./actions/start-plan-change");
const { recordReferral, ensureReferralCode } = await import("./referrals");
const { sendChatMessage } = await import("@/lib/testing/paid-requests");

runStripeStandIn();

const available = async (userId: string) => (await db().wallet.findUniqueOrThrow({ where: { userId } })).available;
const plan = async (userId: string) => (await db().user.findUniqueOrThrow({ where: { id: userId } })).plan;
const emulator = () => sandboxEmulator();
const customerOf = async (userId: string) =>
  (await db().user.findUniqueOrThrow({ where: { id: userId } })).stripeCustomerId!;
const subscriptionOf = async (userId: string) =>
  (await db().subscription.findUniqueOrThrow({ where: { userId } })).stripeSubscriptionId;
const useCard = async (userId: string, card: string) =>
  (await stripe()).customers.update(await customerOf(userId), { invoice_settings: { default_payment_method: card } });

async function subscribe(to: "STARTER" | "PRO") {
  const sessionId = await checkout(startPlanChange({ plan: to }));
  await deliverChaotically(await emulator().completeCheckout(sessionId, "paid"));
}

async function buy(packId: "pack-500" | "pack-1500" | "pack-5000") {
  const sessionId = await checkout(buyPack({ packId }));
  const events = await emulator().completeCheckout(sessionId, "paid");
  const { payment_intent } = await (await stripe()).checkout.sessions.retrieve(sessionId);
  return { sessionId, paymentIntentId: payment_intent as string, events };
}

/** Paid requests (15 credits each) running while the webhooks arrive. */
const spendConcurrently = (count: number) =>
  Promise.all(
    Array.from({ length: count }, (_, i) =>
      sendChatMessage({ requestId: randomUUID(), model: "oracle", prompt: `q${i}` }),
    ),
  );

async function deliverWhileSpending(events: { id: string; type: string }[], requests: number) {
  const [, results] = await Promise.all([deliverChaotically(events), spendConcurrently(requests)]);
  return results.filter((result) => result.ok).length * 15;
}

describe("a declined renewal (dunning)", () => {
  it("grants no new allowance, keeps packs, shows the problem and emails once; a successful retry grants the allowance once", async () => {
    const person = await signInAsNewUser();
    await subscribe("STARTER");
    const pack = await buy("pack-500");
    await deliverChaotically(pack.events);
    await useCard(person.id, "pm_card_chargeCustomerFail");
    const allowanceGrants = () => db().creditBucket.count({ where: { userId: person.id, source: "PLAN_ALLOWANCE" } });
    const grantsBefore = await allowanceGrants();
    const spent = await deliverWhileSpending(await emulator().renewSubscription(await subscriptionOf(person.id)), 4);
    const packLeft = async () =>
      (await db().creditBucket.aggregate({ where: { userId: person.id, source: "PACK" }, _sum: { remaining: true } }))
        ._sum.remaining;

    // The period moved at Stripe but no money arrived: the Starter allowance ended, nothing new came.
    expect(await db().subscription.findUniqueOrThrow({ where: { userId: person.id } })).toMatchObject({
      status: "past_due",
    });
    expect(await plan(person.id)).toBe("STARTER");
    // What is left is the pack (less what requests took from it after the allowance ended).
    expect(await allowanceGrants()).toBe(grantsBefore);
    expect(await available(person.id)).toBe(await packLeft());
    expect(await packLeft()).toBeGreaterThanOrEqual(500 - spent);
    const [problem] = await db().paymentProblem.findMany({ where: { userId: person.id } });
    expect(problem).toMatchObject({
      kind: "DECLINED",
      plan: "STARTER",
      amountCents: 999,
      resolvedAt: null,
      invoiceUrl: expect.stringContaining(problem!.invoiceId),
    });
    expect(await db().emailOutbox.findMany({ where: { to: person.email } })).toMatchObject([
      { subject: "Your Tally payment of $9.99 failed" },
    ]);

    // A retry with the same card fails again: still no credits, still one email.
    await deliverChaotically(await emulator().retryInvoice(problem!.invoiceId));
    const retried = await (
      await stripe()
    ).invoices
      .pay(problem!.invoiceId)
      .catch((error: { statusCode?: number }) => error.statusCode);
    expect(retried).toBe(402);
    await deliverChaotically(takeApiEvents());
    expect(await available(person.id)).toBe(await packLeft());
    expect(await db().emailOutbox.count({ where: { to: person.email } })).toBe(1);

    // The person updates the card and Stripe retries: the allowance arrives, once.
    await useCard(person.id, "pm_card_visa");
    const before = await available(person.id);
    await deliverChaotically(await emulator().retryInvoice(problem!.invoiceId));
    expect(await available(person.id)).toBe(before + 1_000);
    expect(await db().paymentProblem.findUniqueOrThrow({ where: { invoiceId: problem!.invoiceId } })).toMatchObject({
      resolvedAt: expect.any(Date),
    });
    expect(await db().subscription.findUniqueOrThrow({ where: { userId: person.id } })).toMatchObject({
      status: "active",
    });
    await expect(emulator().retryInvoice(problem!.invoiceId)).rejects.toThrow(/already paid/);
  });

  it("when Stripe gives up the person is on Free again, with their packs", async () => {
    const person = await signInAsNewUser();
    await subscribe("PRO");
    await deliverChaotically((await buy("pack-500")).events);
    await useCard(person.id, "pm_card_chargeCustomerFail");
    const subscriptionId = await subscriptionOf(person.id);
    const renewal = await emulator().renewSubscription(subscriptionId);
    await deliverChaotically([...renewal, ...(await emulator().giveUpOnSubscription(subscriptionId))]);
    expect(await plan(person.id)).toBe("FREE");
    expect(await db().subscription.findUnique({ where: { userId: person.id } })).toBeNull();
    expect(await available(person.id)).toBe(100 + 500);
    expect(await db().paymentProblem.count({ where: { userId: person.id, resolvedAt: null } })).toBe(0);
  });

  it("a renewal waiting for 3-D Secure asks the person to confirm, and grants only once confirmed", async () => {
    const person = await signInAsNewUser();
    await subscribe("STARTER");
    await useCard(person.id, "pm_card_authenticationRequired");
    await deliverChaotically(await emulator().renewSubscription(await subscriptionOf(person.id)));
    expect(await available(person.id)).toBe(0);
    const [problem] = await db().paymentProblem.findMany({ where: { userId: person.id } });
    expect(problem).toMatchObject({
      kind: "ACTION_REQUIRED",
      invoiceUrl: expect.stringMatching(/\/billing\/sandbox\/invoices\/in_/),
    });
    expect(await db().emailOutbox.findMany({ where: { to: person.email } })).toMatchObject([
      { subject: "Confirm your Tally payment of $9.99" },
    ]);
    await deliverChaotically(await emulator().confirmInvoicePayment(problem!.invoiceId));
    expect(await available(person.id)).toBe(1_000);
  });
});

describe("an upgrade", () => {
  it("declined: nothing changes until it is paid, then the difference arrives once", async () => {
    const person = await signInAsNewUser();
    await subscribe("STARTER");
    await useCard(person.id, "pm_card_chargeCustomerFail");
    expect(await startPlanChange({ plan: "PRO" })).toMatchObject({
      ok: true,
      data: { change: "payment-failed", invoiceUrl: expect.any(String) },
    });
    await deliverChaotically(takeApiEvents());
    expect(await plan(person.id)).toBe("STARTER");
    expect(await available(person.id)).toBe(1_000);
    const stripeSubscription = await (await stripe()).subscriptions.retrieve(await subscriptionOf(person.id));
    expect(stripeSubscription.items.data[0]!.price.id).toBe("price_starter");
    expect(stripeSubscription.pending_update).not.toBeNull();
    expect(await startPlanChange({ plan: "PRO" })).toMatchObject({ ok: false, code: "CONFLICT" });

    await useCard(person.id, "pm_card_visa");
    const [problem] = await db().paymentProblem.findMany({ where: { userId: person.id, resolvedAt: null } });
    await (await stripe()).invoices.pay(problem!.invoiceId);
    await deliverChaotically(takeApiEvents());
    expect(await plan(person.id)).toBe("PRO");
    expect(await available(person.id)).toBe(2_500);
  });

  it("waiting for 3-D Secure says so, with the invoice to confirm", async () => {
    const person = await signInAsNewUser();
    await subscribe("STARTER");
    await useCard(person.id, "pm_card_authenticationRequired");
    expect(await startPlanChange({ plan: "PRO" })).toMatchObject({
      ok: true,
      data: { change: "action-required", invoiceUrl: expect.stringMatching(/invoices\/in_/) },
    });
    await deliverChaotically(takeApiEvents());
    expect(await available(person.id)).toBe(1_000);
  });
});

describe("refunds", () => {
  it("a full pack refund takes its credits back from that pack first, exactly once, and never below zero", async () => {
    const person = await signInAsNewUser();
    const pack = await buy("pack-500");
    await deliverChaotically(pack.events);
    // 100 Free + 500 pack; spend 30 requests × 15 = 450 (Free first, then 350 of the pack).
    await spendConcurrently(30);
    expect(await available(person.id)).toBe(150);
    const refund: { id: string; type: string }[] = [];
    await (await stripe()).refunds.create({ payment_intent: pack.paymentIntentId });
    refund.push(...takeApiEvents());
    await deliverChaotically(refund);
    expect(await available(person.id)).toBe(0);
    expect(await db().creditReversal.findMany({ where: { userId: person.id } })).toMatchObject([
      { kind: "REFUND", status: "TAKEN", amountCents: 699, credits: 500, taken: 150, shortfall: 350 },
    ]);
  });

  it("partial refunds take back their share, in whatever order the events arrive (even before the payment's own)", async () => {
    const person = await signInAsNewUser();
    const pack = await buy("pack-1500"); // $17.99
    const first = await emulator().refund(pack.paymentIntentId, 600);
    const events = [...pack.events];
    const second: SandboxEvent[] = [];
    await emulator().refund(pack.paymentIntentId, 1_199, second);
    // The refunds are delivered before and mixed with the purchase's own events.
    await deliverChaotically([
      ...events,
      ...second,
      {
        id: `evt_${randomUUID()}`,
        type: "charge.refunded",
        data: { object: { payment_intent: pack.paymentIntentId } },
      } as never,
    ]);
    expect(first.amount).toBe(600);
    expect(await available(person.id)).toBe(100);
    expect(
      await db().creditReversal.aggregate({ where: { userId: person.id }, _sum: { credits: true } }),
    ).toMatchObject({ _sum: { credits: 1_500 } });
  });

  it("a refunded plan invoice removes what is left of that period's allowance, and only that", async () => {
    const person = await signInAsNewUser();
    await subscribe("STARTER");
    await deliverChaotically((await buy("pack-500")).events);
    await spendConcurrently(2);
    const invoice = (await (await stripe()).invoices.list({ customer: await customerOf(person.id), limit: 1 }))
      .data[0]!;
    const withPayments = await (await stripe()).invoices.retrieve(invoice.id, { expand: ["payments"] });
    const paymentIntent = withPayments.payments!.data[0]!.payment.payment_intent as string;
    const events: SandboxEvent[] = [];
    await emulator().refund(paymentIntent, undefined, events);
    await deliverChaotically(events);
    expect(await available(person.id)).toBe(500);
    expect(await db().creditReversal.findFirst({ where: { userId: person.id } })).toMatchObject({
      credits: 1_000,
      taken: 970,
      shortfall: 30,
    });
  });

  it("a refund of a payment Tally never granted for changes nothing", async () => {
    const person = await signInAsNewUser();
    const forged = {
      id: `evt_${randomUUID()}`,
      type: "charge.refunded",
      data: { object: { id: "ch_madeup", object: "charge", payment_intent: "pi_madeup", amount_refunded: 99_999 } },
    };
    expect((await deliver(forged)).status).toBe(200);
    expect(await available(person.id)).toBe(100);
  });
});

describe("disputes", () => {
  it("freeze what is left of the disputed pack at once (the rest stays usable); won gives it back", async () => {
    const person = await signInAsNewUser();
    const pack = await buy("pack-500");
    await deliverChaotically(pack.events);
    const opened = await emulator().openDispute(pack.paymentIntentId);
    await deliverChaotically(opened);
    expect(await available(person.id)).toBe(100);
    expect(await db().creditReversal.findFirst({ where: { userId: person.id } })).toMatchObject({
      status: "FROZEN",
      taken: 500,
    });
    expect((await sendChatMessage({ requestId: randomUUID(), model: "oracle", prompt: "still works" })).ok).toBe(true);
    const disputeId = (opened[0]!.data.object as { id: string }).id;
    await deliverChaotically([...opened, ...(await emulator().closeDispute(disputeId, "won"))]);
    expect(await available(person.id)).toBe(85 + 500);
    expect(await db().creditReversal.findFirst({ where: { userId: person.id } })).toMatchObject({ status: "RELEASED" });
  });

  it("lost takes the credits like a refund, from the other credits when the pack was spent", async () => {
    const person = await signInAsNewUser();
    const small = await buy("pack-500");
    const large = await buy("pack-1500");
    await deliverChaotically(small.events);
    await deliverChaotically(large.events);
    await spendConcurrently(20); // 300: the 100 Free credits, then 200 of the older pack (the disputed one)
    const opened = await emulator().openDispute(small.paymentIntentId);
    await deliverChaotically(opened);
    const frozen = await db().creditReversal.findFirstOrThrow({ where: { userId: person.id } });
    expect(frozen).toMatchObject({ status: "FROZEN", taken: 300, shortfall: 200 });
    await deliverChaotically([
      ...opened,
      ...(await emulator().closeDispute((opened[0]!.data.object as { id: string }).id, "lost")),
    ]);
    expect(await available(person.id)).toBe(1_500 - 200);
    expect(await db().creditReversal.findFirstOrThrow({ where: { userId: person.id } })).toMatchObject({
      status: "TAKEN",
      taken: 500,
      shortfall: 0,
    });
  });
});

describe("a disputed plan payment", () => {
  // The dispute froze the whole allowance, so the (declined) renewal found the old period's bucket empty and
  // did not mark it ended; winning then gave its 1,000 credits back to a period that was over.
  it("won after its period ended gives nothing back to that period, paid renewal or not", async () => {
    const person = await signInAsNewUser();
    await subscribe("STARTER");
    const first = (await (await stripe()).invoices.list({ customer: await customerOf(person.id), limit: 1 })).data[0]!;
    const paymentIntent = (await (await stripe()).invoices.retrieve(first.id, { expand: ["payments"] })).payments!
      .data[0]!.payment.payment_intent as string;
    const opened = await emulator().openDispute(paymentIntent);
    await deliverChaotically(opened);
    expect(await available(person.id)).toBe(0);
    await useCard(person.id, "pm_card_chargeCustomerFail");
    await deliverChaotically(await emulator().renewSubscription(await subscriptionOf(person.id)));
    await deliverChaotically(await emulator().closeDispute((opened[0]!.data.object as { id: string }).id, "won"));
    expect(await available(person.id)).toBe(0);
    // The new period's allowance comes with its payment, and only it.
    await useCard(person.id, "pm_card_visa");
    await deliverChaotically(
      await emulator().retryInvoice(
        (await db().paymentProblem.findFirstOrThrow({ where: { userId: person.id } })).invoiceId,
      ),
    );
    expect(await available(person.id)).toBe(1_000);
    expect(await db().creditReversal.findFirstOrThrow({ where: { userId: person.id } })).toMatchObject({
      status: "RELEASED",
      taken: 1_000,
    });
  });
});

describe("referral bonuses", () => {
  it("are taken back (what is left of them) when the referee's first payment is refunded within 30 days", async () => {
    const referrer = await signInAsNewUser();
    const code = await ensureReferralCode(referrer.id);
    const referee = await signInAsNewUser();
    await recordReferral({ refereeId: referee.id, code });
    const pack = await buy("pack-500");
    await deliverChaotically(pack.events);
    expect(await available(referee.id)).toBe(100 + 500 + 100);
    expect(await available(referrer.id)).toBe(300);
    signInAs(referrer);
    await spendConcurrently(10); // 150 of the referrer's 300: Free first, then 50 of the bonus
    await deliverChaotically(
      await emulator()
        .refund(pack.paymentIntentId, undefined, [])
        .then(async () => [
          {
            id: `evt_${randomUUID()}`,
            type: "refund.created",
            data: { object: { payment_intent: pack.paymentIntentId } },
          } as never,
        ]),
    );
    expect(await available(referrer.id)).toBe(0);
    expect(await available(referee.id)).toBe(100);
    expect(
      await db().creditReversal.findMany({
        where: { kind: "REFERRAL", paymentIntentId: pack.paymentIntentId },
        orderBy: { id: "asc" },
      }),
    ).toMatchObject([
      { userId: referee.id, credits: 100, taken: 100, shortfall: 0 },
      { userId: referrer.id, credits: 200, taken: 150, shortfall: 50 },
    ]);
  });
});

describe("with real Stripe configured", () => {
  it("the sandbox's refund, dispute, card and invoice buttons do nothing: NOT_FOUND, and the credits stay", async () => {
    const {
      setSandboxCard,
      paySandboxInvoice,
      endSandboxRetries,
      refundSandboxPayment,
      disputeSandboxPayment,
      closeSandboxDispute,
    } = await import("./actions/sandbox-payments");
    const person = await signInAsNewUser();
    await subscribe("STARTER");
    const pack = await buy("pack-500");
    await deliverChaotically(pack.events);
    const before = await available(person.id);
    const invoiceId = (await (await stripe()).invoices.list({ customer: await customerOf(person.id) })).data[0]!.id;
    const refused = { ok: false, code: "NOT_FOUND", message: expect.stringContaining("Test-mode checkout is off") };
    expect(await setSandboxCard({ card: "pm_card_chargeCustomerFail" })).toEqual(refused);
    expect(await paySandboxInvoice({ invoiceId })).toEqual(refused);
    expect(await endSandboxRetries({})).toEqual(refused);
    expect(await refundSandboxPayment({ paymentIntentId: pack.paymentIntentId })).toEqual(refused);
    expect(await disputeSandboxPayment({ paymentIntentId: pack.paymentIntentId })).toEqual(refused);
    expect(await closeSandboxDispute({ paymentIntentId: pack.paymentIntentId, outcome: "lost" })).toEqual(refused);
    expect(await available(person.id)).toBe(before);
    expect(await db().creditReversal.count({ where: { userId: person.id } })).toBe(0);
  });
});
