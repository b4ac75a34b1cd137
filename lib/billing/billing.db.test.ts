import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { signInAs, signInAsNewUser } from "@/lib/testing/session";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/session"));

const { checkout, deliver, deliverChaotically, sandboxEmulator, sessionIdOf, runStripeStandIn, webhook } =
  await import("@/lib/testing/stripe-harness");
const { stripe } = await import("./stripe");
const { buyPack } = await import("./actions/buy-pack");
const { abandonCheckout } = await import("./actions/abandon-checkout");
const { startPlanChange } = await import("./actions/start-plan-change");
const { setCancellation } = await import("./actions/set-cancellation");
const { updateAlerts } = await import("./actions/update-alerts");
const { recordReferral, ensureReferralCode } = await import("./referrals");
const { sendChatMessage } = await import("@/lib/testing/paid-requests");

runStripeStandIn();

const wallet = (userId: string) => db().wallet.findUniqueOrThrow({ where: { userId } });
const user = (id: string) => db().user.findUniqueOrThrow({ where: { id } });

async function subscribe(plan: "STARTER" | "PRO") {
  const sessionId = await checkout(startPlanChange({ plan }));
  const events = await sandboxEmulator().completeCheckout(sessionId, "paid");
  await deliverChaotically(events);
  return events;
}

describe("credit packs", () => {
  it("are credited exactly once however often and in whatever order the webhooks arrive", async () => {
    const person = await signInAsNewUser();
    const sessionId = await checkout(buyPack({ packId: "pack-500" }));
    expect((await wallet(person.id)).available).toBe(100);
    await deliverChaotically(await sandboxEmulator().completeCheckout(sessionId, "paid"));
    expect((await wallet(person.id)).available).toBe(600);
    expect(await db().packPurchase.findUnique({ where: { checkoutSessionId: sessionId } })).toMatchObject({
      status: "PAID",
      credits: 500,
    });
    expect(await db().creditBucket.findFirst({ where: { userId: person.id, source: "PACK" } })).toMatchObject({
      granted: 500,
      expiresAt: null,
    });
  });

  it("paid asynchronously are credited only when the payment succeeds", async () => {
    const person = await signInAsNewUser();
    const emulator = sandboxEmulator();
    const pending = await checkout(buyPack({ packId: "pack-1500" }));
    await deliverChaotically(await emulator.completeCheckout(pending, "async_pending"));
    expect((await wallet(person.id)).available).toBe(100);
    await deliverChaotically(await emulator.completeCheckout(pending, "async_succeeded"));
    expect((await wallet(person.id)).available).toBe(1600);

    const failing = await checkout(buyPack({ packId: "pack-500" }));
    await deliverChaotically(await emulator.completeCheckout(failing, "async_pending"));
    await deliverChaotically(await emulator.completeCheckout(failing, "async_failed"));
    expect((await wallet(person.id)).available).toBe(1600);
    expect(await db().packPurchase.findUnique({ where: { checkoutSessionId: failing } })).toMatchObject({
      status: "FAILED",
    });
  });
});

describe("abandoned pack checkouts", () => {
  const purchaseOf = (sessionId: string) =>
    db().packPurchase.findUniqueOrThrow({ where: { checkoutSessionId: sessionId } });

  it("coming back through the cancel URL closes the checkout: not pending, no longer payable, nothing credited", async () => {
    const person = await signInAsNewUser();
    const result = await buyPack({ packId: "pack-500" });
    expect(result.ok).toBe(true);
    const { redirectUrl } = (result as { data: { redirectUrl: string } }).data;
    const session = await (await stripe()).checkout.sessions.retrieve(sessionIdOf(redirectUrl));
    const purchaseId = new URL(session.cancel_url!).searchParams.get("purchase")!;
    expect(await abandonCheckout({ purchaseId })).toEqual({ ok: true, data: { expired: true } });
    expect(await purchaseOf(session.id)).toMatchObject({ status: "EXPIRED" });
    expect(await abandonCheckout({ purchaseId })).toEqual({ ok: true, data: { expired: false } });
    await expect(sandboxEmulator().completeCheckout(session.id, "paid")).rejects.toThrow(/no longer open/);
    expect((await wallet(person.id)).available).toBe(100);
  });

  it("a checkout paid in another tab stays paid when the person comes back through the cancel URL", async () => {
    const person = await signInAsNewUser();
    const sessionId = await checkout(buyPack({ packId: "pack-500" }));
    await deliverChaotically(await sandboxEmulator().completeCheckout(sessionId, "paid"));
    const { id: purchaseId } = await purchaseOf(sessionId);
    expect(await abandonCheckout({ purchaseId })).toEqual({ ok: true, data: { expired: false } });
    expect(await purchaseOf(sessionId)).toMatchObject({ status: "PAID" });
    expect((await wallet(person.id)).available).toBe(600);
  });

  it("one left open until Stripe expires it is marked by the webhook, once", async () => {
    await signInAsNewUser();
    const sessionId = await checkout(buyPack({ packId: "pack-1500" }));
    const { event } = await sandboxEmulator().expireCheckout(sessionId);
    await deliverChaotically([event]);
    expect(await purchaseOf(sessionId)).toMatchObject({ status: "EXPIRED" });
  });

  it("another person's purchase cannot be closed", async () => {
    await signInAsNewUser();
    const sessionId = await checkout(buyPack({ packId: "pack-500" }));
    const { id: purchaseId } = await purchaseOf(sessionId);
    await signInAsNewUser();
    expect(await abandonCheckout({ purchaseId })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await purchaseOf(sessionId)).toMatchObject({ status: "PENDING" });
  });
});

describe("webhook security", () => {
  it("rejects a bad or stale signature with 400 and changes nothing", async () => {
    const person = await signInAsNewUser();
    const sessionId = await checkout(buyPack({ packId: "pack-5000" }));
    const [completed] = await sandboxEmulator().completeCheckout(sessionId, "paid");
    expect((await deliver(completed!, { secret: "whsec_wrong" })).status).toBe(400);
    expect((await deliver(completed!, { timestamp: Math.floor(Date.now() / 1000) - 600 })).status).toBe(400);
    const forged = { ...completed!, id: "evt_forged" };
    const unsigned = await webhook(
      new Request("http://localhost/api/stripe/webhook", { method: "POST", body: JSON.stringify(forged) }),
    );
    expect(unsigned.status).toBe(400);
    expect((await wallet(person.id)).available).toBe(100);
    expect(await db().stripeEvent.count({ where: { id: { in: [completed!.id, "evt_forged"] } } })).toBe(0);
  });
});

describe("plans", () => {
  it("upgrade Free → Pro: the Free allowance expires, 2,500 credits arrive once, packs are kept", async () => {
    const person = await signInAsNewUser();
    await sendChatMessage({ requestId: randomUUID(), model: "oracle", prompt: "spend some" }); // 85 left
    await subscribe("PRO");
    expect(await user(person.id)).toMatchObject({ plan: "PRO" });
    expect(await wallet(person.id)).toMatchObject({ available: 2_500 });
    expect(await db().subscription.findUnique({ where: { userId: person.id } })).toMatchObject({
      plan: "PRO",
      status: "active",
      cancelAtPeriodEnd: false,
    });
  });

  it("a plan paid in the very second the Free period began still brings its allowance (and Free's expires)", async () => {
    // Stripe's periods start on whole seconds; a Free period starting on one too (sign-up, or the end of
    // a plan, at .000 ms) once shared its grant key with the paid period, which then granted nothing.
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-12-03T10:00:00.000Z") });
    try {
      const person = await signInAsNewUser();
      expect((await wallet(person.id)).available).toBe(100);
      await subscribe("STARTER");
      expect(await user(person.id)).toMatchObject({ plan: "STARTER" });
      expect((await wallet(person.id)).available).toBe(1_000);
      expect(await db().payment.findFirst({ where: { userId: person.id, kind: "PLAN" } })).toMatchObject({
        credits: 1_000,
      });
    } finally {
      vi.useRealTimers();
    }
  });

  it("a new period expires the unused allowance (no rollover) and keeps packs", async () => {
    const person = await signInAsNewUser();
    await subscribe("STARTER");
    const pack = await checkout(buyPack({ packId: "pack-500" }));
    await deliverChaotically(await sandboxEmulator().completeCheckout(pack, "paid"));
    await sendChatMessage({ requestId: randomUUID(), model: "oracle", prompt: "spend" });
    expect((await wallet(person.id)).available).toBe(1_000 - 15 + 500);
    const subscription = await db().subscription.findUniqueOrThrow({ where: { userId: person.id } });
    await deliverChaotically(await sandboxEmulator().renewSubscription(subscription.stripeSubscriptionId));
    expect((await wallet(person.id)).available).toBe(1_000 + 500);
    expect((await db().subscription.findUniqueOrThrow({ where: { userId: person.id } })).currentPeriodStart).toEqual(
      subscription.currentPeriodEnd,
    );
  });

  it("upgrade Starter → Pro mid-period: at once, the new allowance minus what this period spent", async () => {
    const person = await signInAsNewUser();
    await subscribe("STARTER");
    for (let i = 0; i < 2; i += 1) await sendChatMessage({ requestId: randomUUID(), model: "oracle", prompt: `q${i}` }); // 30 spent
    expect(await startPlanChange({ plan: "PRO" })).toMatchObject({
      ok: true,
      data: { redirectUrl: null, change: "upgraded" },
    });
    expect(await user(person.id)).toMatchObject({ plan: "PRO" });
    expect((await wallet(person.id)).available).toBe(2_500 - 30);
  });

  it("downgrade Pro → Starter takes effect at the end of the period", async () => {
    const person = await signInAsNewUser();
    await subscribe("PRO");
    expect(await startPlanChange({ plan: "STARTER" })).toMatchObject({
      ok: true,
      data: { change: "downgrade-scheduled" },
    });
    expect(await user(person.id)).toMatchObject({ plan: "PRO" });
    expect(await db().subscription.findUnique({ where: { userId: person.id } })).toMatchObject({
      scheduledPlan: "STARTER",
    });
    expect((await wallet(person.id)).available).toBe(2_500);
    const { stripeSubscriptionId } = await db().subscription.findUniqueOrThrow({ where: { userId: person.id } });
    await deliverChaotically(await sandboxEmulator().renewSubscription(stripeSubscriptionId));
    expect(await user(person.id)).toMatchObject({ plan: "STARTER" });
    expect((await wallet(person.id)).available).toBe(1_000);
  });

  it("cancel keeps the plan until the period ends, then the person is on Free with 100 credits", async () => {
    const person = await signInAsNewUser();
    await subscribe("STARTER");
    expect(await setCancellation({ cancel: true })).toMatchObject({ ok: true, data: { cancelAtPeriodEnd: true } });
    expect(await db().subscription.findUnique({ where: { userId: person.id } })).toMatchObject({
      cancelAtPeriodEnd: true,
    });
    expect(await user(person.id)).toMatchObject({ plan: "STARTER" });
    const { stripeSubscriptionId } = await db().subscription.findUniqueOrThrow({ where: { userId: person.id } });
    await deliverChaotically(await sandboxEmulator().renewSubscription(stripeSubscriptionId));
    expect(await user(person.id)).toMatchObject({ plan: "FREE" });
    expect(await db().subscription.findUnique({ where: { userId: person.id } })).toBeNull();
    expect((await wallet(person.id)).available).toBe(100);
  });
});

describe("referrals", () => {
  it("pay both bonuses once, even when the referred person pays several times", async () => {
    const referrer = await signInAsNewUser();
    const code = await ensureReferralCode(referrer.id);
    const referee = await signInAsNewUser();
    expect(await recordReferral({ refereeId: referee.id, code })).toBe(true);
    expect(await recordReferral({ refereeId: referrer.id, code })).toBe(false); // never yourself
    for (const packId of ["pack-500", "pack-500"] as const) {
      const sessionId = await checkout(buyPack({ packId }));
      await deliverChaotically(await sandboxEmulator().completeCheckout(sessionId, "paid"));
    }
    await subscribe("STARTER");
    expect((await wallet(referee.id)).available).toBe(1_000 + 500 + 500 + 100);
    expect((await wallet(referrer.id)).available).toBe(100 + 200);
    signInAs(referrer);
    expect(await db().referral.findUnique({ where: { refereeId: referee.id } })).toMatchObject({
      convertedAt: expect.any(Date),
    });
  });

  it("go only to verified people: an unverified referee who pays gets theirs when they verify, never after a refund", async () => {
    const { makeUser } = await import("@/lib/testing/factories");
    const { markEmailVerified } = await import("@/lib/auth/verification");
    const referrer = await signInAsNewUser();
    const code = await ensureReferralCode(referrer.id);
    const pays = async (verifyLater: boolean) => {
      const referee = await makeUser({ emailVerified: false });
      signInAs(referee);
      await recordReferral({ refereeId: referee.id, code });
      const sessionId = await checkout(buyPack({ packId: "pack-500" }));
      await deliverChaotically(await sandboxEmulator().completeCheckout(sessionId, "paid"));
      // Paying needs no verified email (money is its own proof); the referee's bonus waits.
      expect((await wallet(referee.id)).available).toBe(500);
      if (verifyLater) await markEmailVerified({ userId: referee.id, email: referee.email });
      return { referee, sessionId };
    };
    const { referee } = await pays(true);
    expect((await wallet(referee.id)).available).toBe(500 + 100 + 100);
    expect((await wallet(referrer.id)).available).toBe(100 + 200);

    const refunded = await pays(false);
    const { payment_intent } = await (await stripe()).checkout.sessions.retrieve(refunded.sessionId);
    await deliverChaotically(
      await sandboxEmulator()
        .refund(String(payment_intent), undefined, [])
        .then(() => [
          { id: `evt_${randomUUID()}`, type: "refund.created", data: { object: { payment_intent } } } as never,
        ]),
    );
    await markEmailVerified({ userId: refunded.referee.id, email: refunded.referee.email });
    expect((await wallet(refunded.referee.id)).available).toBe(100);
    expect(await db().creditBucket.count({ where: { userId: refunded.referee.id, source: "REFERRAL" } })).toBe(0);
  });

  it("a signed invoice.paid whose body claims a payment Stripe does not have converts no referral", async () => {
    const referrer = await signInAsNewUser();
    const code = await ensureReferralCode(referrer.id);
    const referee = await signInAsNewUser();
    await recordReferral({ refereeId: referee.id, code });
    const customer = await (await stripe()).customers.create({ email: referee.email });
    await db().user.update({ where: { id: referee.id }, data: { stripeCustomerId: customer.id } });
    // Everything in the body is made up; only the handler's re-read from Stripe may count.
    const forged = {
      id: `evt_${randomUUID()}`,
      type: "invoice.paid",
      data: {
        object: { id: "in_madeup", object: "invoice", customer: customer.id, amount_paid: 99_999, status: "paid" },
      },
    };
    expect((await deliver(forged)).status).toBe(500);
    expect(await db().referral.findUnique({ where: { refereeId: referee.id } })).toMatchObject({ convertedAt: null });
    expect((await wallet(referrer.id)).available).toBe(100);
    expect((await wallet(referee.id)).available).toBe(100);
  });
});

describe("personal limits", () => {
  it("the monthly spend cap refuses requests beyond it, with a clear message and no charge", async () => {
    const person = await signInAsNewUser();
    expect(await updateAlerts({ lowBalanceThreshold: null, monthlySpendCap: 10, dailySpendCap: null })).toMatchObject({
      ok: true,
      data: { capRemaining: 10 },
    });
    const refused = await sendChatMessage({ requestId: randomUUID(), model: "oracle", prompt: "too dear" });
    expect(refused).toMatchObject({
      ok: false,
      code: "SPEND_CAP_REACHED",
      message: expect.stringMatching(/spending limit/),
    });
    for (let i = 0; i < 10; i += 1)
      expect((await sendChatMessage({ requestId: randomUUID(), model: "swift", prompt: `q${i}` })).ok).toBe(true);
    expect(await sendChatMessage({ requestId: randomUUID(), model: "swift", prompt: "one more" })).toMatchObject({
      ok: false,
      code: "SPEND_CAP_REACHED",
    });
    expect((await wallet(person.id)).available).toBe(90);
    await updateAlerts({ lowBalanceThreshold: null, monthlySpendCap: null, dailySpendCap: null });
    expect((await sendChatMessage({ requestId: randomUUID(), model: "swift", prompt: "uncapped" })).ok).toBe(true);
  });

  it("the daily spend cap refuses requests beyond it today, says so, and charges nothing", async () => {
    const person = await signInAsNewUser();
    expect(await updateAlerts({ lowBalanceThreshold: null, monthlySpendCap: null, dailySpendCap: 5 })).toMatchObject({
      ok: true,
      data: { dailySpendCap: 5, dayRemaining: 5, spentToday: 0 },
    });
    expect(await sendChatMessage({ requestId: randomUUID(), model: "oracle", prompt: "too dear today" })).toMatchObject(
      {
        ok: false,
        code: "DAILY_CAP_REACHED",
        message: expect.stringMatching(/daily spending limit allows only 5 more today/),
      },
    );
    for (let i = 0; i < 5; i += 1)
      expect((await sendChatMessage({ requestId: randomUUID(), model: "swift", prompt: `q${i}` })).ok).toBe(true);
    expect(await sendChatMessage({ requestId: randomUUID(), model: "swift", prompt: "one more" })).toMatchObject({
      ok: false,
      code: "DAILY_CAP_REACHED",
    });
    expect((await wallet(person.id)).available).toBe(95);
    expect(await updateAlerts({ lowBalanceThreshold: null, monthlySpendCap: null, dailySpendCap: 6 })).toMatchObject({
      ok: true,
      data: { spentToday: 5, dayRemaining: 1 },
    });
    expect((await sendChatMessage({ requestId: randomUUID(), model: "swift", prompt: "the last one" })).ok).toBe(true);
  });

  it("the low-balance alert sends one email when the balance falls below the threshold", async () => {
    const person = await signInAsNewUser();
    await updateAlerts({ lowBalanceThreshold: 80, monthlySpendCap: null, dailySpendCap: null });
    await sendChatMessage({ requestId: randomUUID(), model: "oracle", prompt: "a" }); // 85
    expect(await db().emailOutbox.count({ where: { to: person.email } })).toBe(0);
    await sendChatMessage({ requestId: randomUUID(), model: "oracle", prompt: "b" }); // 70
    await sendChatMessage({ requestId: randomUUID(), model: "oracle", prompt: "c" }); // 55
    expect(await db().emailOutbox.findMany({ where: { to: person.email } })).toMatchObject([
      { subject: "Your Tally balance is below 80 credits" },
    ]);
  });
});
