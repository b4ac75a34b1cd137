import { addDays, addMonths } from "date-fns";
import Stripe from "stripe";
import { afterEach, describe, expect, it, vi } from "vitest";
import { auditLedger } from "@/lib/credits";
import { db } from "@/lib/db";
import { signInAs, signInAsNewUser } from "@/lib/testing/session";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/session"));

const {
  checkout,
  CONNECT_WEBHOOK_SECRET,
  deliver,
  deliverChaotically,
  sandboxEmulator,
  runStripeStandIn,
  takeApiEvents,
  WEBHOOK_SECRET,
} = await import("@/lib/testing/stripe-harness");
const { stripe } = await import("@/lib/billing/stripe");
const { buyPack } = await import("@/lib/billing/actions/buy-pack");
const { ensureReferralCode, recordReferral } = await import("@/lib/billing/referrals");
const { joinAffiliateProgram } = await import("./actions/join-affiliate-program");
const { startPayoutOnboarding } = await import("./actions/start-payout-onboarding");
const { refreshPayoutAccount } = await import("./actions/refresh-payout-account");
const { approveDueEarnings, settleCommission } = await import("./commissions");
const { takeEarningsAsCredits } = await import("./actions/take-earnings-as-credits");
const { sendMonthlyTransfers, transferPayoutId } = await import("./transfers");
const { getAffiliateDashboard } = await import("./queries");
const { reconcilePayment } = await import("@/lib/billing/payments");

runStripeStandIn();
afterEach(() => {
  vi.useRealTimers();
  process.env.STRIPE_CONNECT = "1";
});

type TestCard = "pm_card_visa" | "pm_card_mastercard";
type User = Awaited<ReturnType<typeof signInAsNewUser>>;

async function newAffiliate() {
  const affiliate = await signInAsNewUser();
  expect(await joinAffiliateProgram({ acceptTerms: true })).toMatchObject({ ok: true });
  return { affiliate, code: await ensureReferralCode(affiliate.id) };
}

async function referredCustomer(code: string) {
  const customer = await signInAsNewUser();
  expect(await recordReferral({ refereeId: customer.id, code })).toBe(true);
  return customer;
}

/** The signed-in person buys a pack with a test card; returns its PaymentIntent. */
async function buyPackWith(packId: "pack-500" | "pack-5000", card: TestCard = "pm_card_visa") {
  const sessionId = await checkout(buyPack({ packId }));
  await deliverChaotically(await sandboxEmulator().completeCheckout(sessionId, "paid", card));
  const { payment_intent } = await (await stripe()).checkout.sessions.retrieve(sessionId);
  return payment_intent as string;
}

/** The affiliate goes through Stripe's onboarding (the sandbox's form) and Stripe says so with account.updated. */
async function onboard(affiliate: User, outcome: "verified" | "restricted" = "verified") {
  signInAs(affiliate);
  const started = await startPayoutOnboarding({});
  expect(started).toMatchObject({ ok: true });
  const { connectAccountId } = await db().affiliate.findUniqueOrThrow({ where: { userId: affiliate.id } });
  const events = await sandboxEmulator().connect.completeOnboarding(connectAccountId!, outcome);
  await deliverChaotically(events);
  return {
    accountId: connectAccountId!,
    onboardingUrl: (started as { data: { redirectUrl: string } }).data.redirectUrl,
  };
}

/** An onboarded affiliate with `packs` approved pack-5000 commissions (1,250¢ each), 31 days after the payments. */
async function affiliateWithApproved(packs: number) {
  const { affiliate, code } = await newAffiliate();
  const { accountId } = await onboard(affiliate);
  for (let i = 0; i < packs; i += 1) {
    await referredCustomer(code);
    await buyPackWith("pack-5000");
  }
  const later = addDays(new Date(), 31);
  await approveDueEarnings(later);
  return { affiliate, code, accountId, later };
}

const payoutsOf = (affiliateId: string) =>
  db().affiliatePayout.findMany({ where: { affiliateId }, orderBy: { createdAt: "asc" } });
const transfersTo = async (accountId: string) =>
  (await (await stripe()).transfers.list({ destination: accountId, limit: 100 })).data;

describe("setting up payouts in money", () => {
  it("makes one Express account however often it is started, and turns payouts on when Stripe says the account can receive transfers", async () => {
    const { affiliate } = await newAffiliate();
    const first = await startPayoutOnboarding({});
    const again = await startPayoutOnboarding({});
    expect(first).toMatchObject({ ok: true, data: { redirectUrl: expect.stringContaining("acctlink_") } });
    expect(again).toMatchObject({ ok: true });
    const { connectAccountId, transfersEnabled } = await db().affiliate.findUniqueOrThrow({
      where: { userId: affiliate.id },
    });
    expect(connectAccountId).toMatch(/^acct_/);
    expect(transfersEnabled).toBe(false);
    const account = await (await stripe()).accounts.retrieve(connectAccountId!);
    expect(account).toMatchObject({ type: "express", email: affiliate.email, metadata: { userId: affiliate.id } });
    expect(await db().sandboxObject.count({ where: { type: "account" } })).toBe(1); // the file's first

    const events = await sandboxEmulator().connect.completeOnboarding(connectAccountId!, "verified");
    expect(events.map((event) => [event.type, event.account])).toEqual([["account.updated", connectAccountId]]);
    // A connected account's event comes signed with the Connect endpoint's secret, not the account's.
    expect((await deliver(events[0]!, { secret: "whsec_someone_else" })).status).toBe(400);
    await deliverChaotically(events);
    expect(await db().affiliate.findUniqueOrThrow({ where: { userId: affiliate.id } })).toMatchObject({
      connectDetailsSubmitted: true,
      transfersEnabled: true,
    });
    // The platform's secret still verifies the platform's own events: both endpoints share the route.
    expect((await deliver(events[0]!, { secret: WEBHOOK_SECRET })).status).toBe(200);
    // The Connect endpoint sends only connected accounts' events: one of its signature without an account is refused.
    const platformEvent = { ...events[0]!, id: "evt_platform_shaped", account: undefined };
    expect((await deliver(platformEvent, { secret: CONNECT_WEBHOOK_SECRET })).status).toBe(400);
  });

  it("stays off while Stripe cannot send the account money, and 'Check again' reads Stripe at once", async () => {
    const { affiliate } = await newAffiliate();
    const { accountId } = await onboard(affiliate, "restricted");
    expect(await db().affiliate.findUniqueOrThrow({ where: { userId: affiliate.id } })).toMatchObject({
      connectDetailsSubmitted: true,
      transfersEnabled: false,
    });
    await sandboxEmulator().connect.completeOnboarding(accountId, "verified"); // its event is not delivered
    expect(await refreshPayoutAccount({})).toMatchObject({ ok: true, data: { transfersEnabled: true } });
  });

  it("is refused when Connect is not enabled on the Stripe account (STRIPE_CONNECT unset), and then the job pays no one", async () => {
    const { affiliate } = await affiliateWithApproved(2);
    process.env.STRIPE_CONNECT = "0";
    signInAs(affiliate);
    expect(await startPayoutOnboarding({})).toMatchObject({ ok: false, code: "PAYOUTS_DISABLED" });
    expect(await sendMonthlyTransfers(addDays(new Date(), 31))).toEqual({ claimed: [], sent: 0 });
    expect(await payoutsOf(affiliate.id)).toEqual([]);
  });

  it("is read again at Stripe by the monthly run when its account.updated never came", async () => {
    const { affiliate, code } = await newAffiliate();
    expect(await startPayoutOnboarding({})).toMatchObject({ ok: true });
    const { connectAccountId } = await db().affiliate.findUniqueOrThrow({ where: { userId: affiliate.id } });
    await sandboxEmulator().connect.completeOnboarding(connectAccountId!, "verified"); // its event is lost
    for (let i = 0; i < 2; i += 1) {
      await referredCustomer(code);
      await buyPackWith("pack-5000");
    }
    const later = addDays(new Date(), 31);
    await approveDueEarnings(later);
    await sendMonthlyTransfers(later, { only: affiliate.id });
    expect(await payoutsOf(affiliate.id)).toMatchObject([{ method: "TRANSFER", status: "PAID", cents: 2_500 }]);
  });

  it("cannot be started by someone who has not joined the program", async () => {
    const accounts = await db().sandboxObject.count({ where: { type: "account" } });
    await signInAsNewUser();
    expect(await startPayoutOnboarding({})).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db().sandboxObject.count({ where: { type: "account" } })).toBe(accounts);
  });
});

describe("the monthly transfer", () => {
  it("sends approved earnings of $25 or more as one transfer a month, however often the job runs and on however many instances", async () => {
    const { affiliate, accountId, later } = await affiliateWithApproved(2);
    const runs = await Promise.all([
      sendMonthlyTransfers(later),
      sendMonthlyTransfers(later),
      sendMonthlyTransfers(later),
    ]);
    const mine = transferPayoutId(affiliate.id, later);
    expect(runs.flatMap((run) => run.claimed).filter((id) => id === mine)).toEqual([mine]);
    await sendMonthlyTransfers(addDays(later, 0.5));
    await deliverChaotically(takeApiEvents());

    const [payout, ...others] = await payoutsOf(affiliate.id);
    expect(others).toEqual([]);
    expect(payout).toMatchObject({ method: "TRANSFER", status: "PAID", cents: 2_500, credits: 0, reversedCents: 0 });
    const transfers = await transfersTo(accountId);
    expect(
      transfers.map(({ id, amount, currency, transfer_group }) => ({ id, amount, currency, transfer_group })),
    ).toEqual([{ id: payout!.transferId, amount: 2_500, currency: "usd", transfer_group: payout!.id }]);
    const earnings = await db().affiliateEarning.findMany({ where: { affiliateId: affiliate.id } });
    expect(earnings.map(({ status, payoutId }) => ({ status, payoutId }))).toEqual([
      { status: "PAID", payoutId: payout!.id },
      { status: "PAID", payoutId: payout!.id },
    ]);
    expect((await getAffiliateDashboard(affiliate.id))!.earnings).toMatchObject({ approvedCents: 0, paidCents: 2_500 });
    expect(await db().creditBucket.count({ where: { userId: affiliate.id, source: "AFFILIATE" } })).toBe(0);
    expect(await auditLedger()).toEqual([]);
  });

  it("waits under the $25 minimum, and pays everything approved once a later month reaches it", async () => {
    const { affiliate, code, accountId, later } = await affiliateWithApproved(1);
    await sendMonthlyTransfers(later);
    expect(await payoutsOf(affiliate.id)).toEqual([]);
    expect((await getAffiliateDashboard(affiliate.id))!.earnings.approvedCents).toBe(1_250);

    await referredCustomer(code);
    await buyPackWith("pack-500"); // 175¢: 1,425¢ is still under the minimum
    await approveDueEarnings(addDays(new Date(), 31));
    await sendMonthlyTransfers(addMonths(later, 1));
    expect(await payoutsOf(affiliate.id)).toEqual([]);
    await referredCustomer(code);
    await buyPackWith("pack-5000");
    await approveDueEarnings(addDays(new Date(), 31));
    const month = addMonths(later, 2);
    expect((await sendMonthlyTransfers(month)).claimed).toContain(transferPayoutId(affiliate.id, month));
    expect((await transfersTo(accountId)).map((transfer) => transfer.amount)).toEqual([2_675]);
  });

  it("fails a transfer Stripe refuses, and approves its earnings again for a later payout", async () => {
    const { affiliate, accountId, later } = await affiliateWithApproved(2);
    // Stripe restricts the account; Tally has not heard yet, so it still tries.
    await sandboxEmulator().connect.completeOnboarding(accountId, "restricted");
    await sendMonthlyTransfers(later);
    const [payout] = await payoutsOf(affiliate.id);
    expect(payout).toMatchObject({
      status: "FAILED",
      transferId: null,
      failure: expect.stringContaining("capabilities"),
    });
    expect(await transfersTo(accountId)).toEqual([]);
    expect(await db().affiliate.findUniqueOrThrow({ where: { userId: affiliate.id } })).toMatchObject({
      transfersEnabled: false,
    });
    const { earnings } = (await getAffiliateDashboard(affiliate.id))!;
    expect(earnings).toMatchObject({ approvedCents: 2_500, paidCents: 0 });
    // Not again this month; taken as credits instead, at once.
    await sendMonthlyTransfers(addDays(later, 1));
    expect(await payoutsOf(affiliate.id)).toHaveLength(1);
    signInAs(affiliate);
    expect(await takeEarningsAsCredits({})).toMatchObject({ ok: true, data: { cents: 2_500, credits: 3_000 } });
    expect(await auditLedger()).toEqual([]);
  });

  it("sends a payout a crash or an outage left behind exactly once, adopting a transfer Stripe made but whose answer was lost", async () => {
    const { affiliate, accountId, later } = await affiliateWithApproved(2);
    const base = process.env.STRIPE_API_BASE;
    process.env.STRIPE_API_BASE = "http://127.0.0.1:9"; // Stripe cannot be reached
    await expect(sendMonthlyTransfers(later)).rejects.toThrow(/affiliate transfers failed/);
    process.env.STRIPE_API_BASE = base;
    const [claimed] = await payoutsOf(affiliate.id);
    expect(claimed).toMatchObject({ status: "SENDING", cents: 2_500 });

    // Stripe made the transfer, but the answer never reached Tally.
    const made = await (
      await stripe()
    ).transfers.create(
      { amount: 2_500, currency: "usd", destination: accountId, transfer_group: claimed!.id },
      { idempotencyKey: claimed!.id },
    );
    // Reversed at Stripe, and that event comes before Tally has heard of the transfer at all.
    await (await stripe()).transfers.createReversal(made.id, { amount: 500 });
    await deliverChaotically(takeApiEvents().filter((event) => event.type === "transfer.reversed"));
    expect(await payoutsOf(affiliate.id)).toMatchObject([
      { id: claimed!.id, status: "PAID", transferId: made.id, reversedCents: 500 },
    ]);
    await sendMonthlyTransfers(addDays(later, 0.1));
    expect(await payoutsOf(affiliate.id)).toMatchObject([{ id: claimed!.id, status: "PAID", transferId: made.id }]);
    expect(await transfersTo(accountId)).toHaveLength(1);
    expect((await getAffiliateDashboard(affiliate.id))!.earnings).toMatchObject({
      approvedCents: 500,
      paidCents: 2_000,
    });
  });

  it("waits out a short platform balance without failing the payout, then sends it once, with a new idempotency key", async () => {
    const { affiliate, accountId, later } = await affiliateWithApproved(2);
    await sandboxEmulator().connect.setPlatformBalance(1_000);
    await expect(sendMonthlyTransfers(later, { only: affiliate.id })).rejects.toThrow(/affiliate transfers failed/);
    expect(await payoutsOf(affiliate.id)).toMatchObject([{ status: "SENDING", attempts: 1, cents: 2_500 }]);
    await sandboxEmulator().connect.setPlatformBalance(null);
    await sendMonthlyTransfers(addDays(later, 0.1), { only: affiliate.id }); // the job's retry
    expect(await payoutsOf(affiliate.id)).toMatchObject([{ status: "PAID", attempts: 1, failure: null }]);
    expect((await transfersTo(accountId)).map((transfer) => transfer.amount)).toEqual([2_500]);
  });

  it("settles a refund that came while a payout was being sent once, when Stripe then refuses the transfer", async () => {
    const { affiliate, accountId, later } = await affiliateWithApproved(2);
    const base = process.env.STRIPE_API_BASE;
    process.env.STRIPE_API_BASE = "http://127.0.0.1:9";
    await expect(sendMonthlyTransfers(later, { only: affiliate.id })).rejects.toThrow(/affiliate transfers failed/);
    process.env.STRIPE_API_BASE = base;
    const [refunded] = await db().affiliateEarning.findMany({ where: { affiliateId: affiliate.id } });
    await (await stripe()).refunds.create({ payment_intent: refunded!.paymentIntentId! });
    await deliverChaotically(takeApiEvents()); // the commission is being paid out: a clawback
    await sandboxEmulator().connect.completeOnboarding(accountId, "restricted");
    await sendMonthlyTransfers(addDays(later, 0.1), { only: affiliate.id });
    expect(await payoutsOf(affiliate.id)).toMatchObject([{ status: "FAILED" }]);
    const expected = { pendingCents: 0, approvedCents: 1_250, paidCents: 0, reversedCents: 1_250 };
    expect((await getAffiliateDashboard(affiliate.id))!.earnings).toMatchObject(expected);
    await reconcilePayment(refunded!.paymentIntentId!); // any later event about the payment changes nothing
    expect((await getAffiliateDashboard(affiliate.id))!.earnings).toMatchObject(expected);
    expect(await auditLedger()).toEqual([]);
  });

  it("never pays more than was approved when payouts as credits and as money are asked for at once", async () => {
    const { affiliate, later } = await affiliateWithApproved(3);
    signInAs(affiliate);
    const [asCredits] = await Promise.all([
      takeEarningsAsCredits({}),
      sendMonthlyTransfers(later),
      sendMonthlyTransfers(later),
    ]);
    const payouts = (await payoutsOf(affiliate.id)).filter((payout) => payout.status !== "FAILED");
    expect(payouts.reduce((sum, payout) => sum + payout.cents, 0)).toBe(3_750);
    expect(payouts).toHaveLength(1);
    const earnings = await db().affiliateEarning.findMany({ where: { affiliateId: affiliate.id } });
    expect(earnings.every((earning) => earning.payoutId === payouts[0]!.id)).toBe(true);
    expect(asCredits.ok).toBe(payouts[0]!.method === "CREDITS");
    expect(await auditLedger()).toEqual([]);
  });
});

describe("transfer reversals", () => {
  it("approve what came back again, exactly once per reversal, for a later payout", async () => {
    const { affiliate, later } = await affiliateWithApproved(2);
    await sendMonthlyTransfers(later);
    const [payout] = await payoutsOf(affiliate.id);
    takeApiEvents();
    const client = await stripe();
    await client.transfers.createReversal(payout!.transferId!, { amount: 1_000 });
    await deliverChaotically(takeApiEvents());
    await client.transfers.createReversal(payout!.transferId!); // the rest
    await deliverChaotically(takeApiEvents());

    expect(await db().affiliatePayout.findUniqueOrThrow({ where: { id: payout!.id } })).toMatchObject({
      status: "PAID",
      reversedCents: 2_500,
    });
    const returned = await db().affiliateEarning.findMany({
      where: { affiliateId: affiliate.id, kind: "RETURNED" },
      orderBy: { cents: "asc" },
    });
    expect(returned.map(({ cents, status, refereeId }) => ({ cents, status, refereeId }))).toEqual([
      { cents: 1_000, status: "APPROVED", refereeId: null },
      { cents: 1_500, status: "APPROVED", refereeId: null },
    ]);
    expect((await getAffiliateDashboard(affiliate.id))!.earnings).toMatchObject({
      approvedCents: 2_500,
      paidCents: 0,
      reversedCents: 0,
    });
  });
});

describe("disputes", () => {
  it("keep a commission pending while the bank decides: not approved, not paid out; won, it is approved again", async () => {
    const { affiliate, code } = await newAffiliate();
    const affiliateId = affiliate.id;
    await referredCustomer(code);
    const paymentIntentId = await buyPackWith("pack-5000");
    await approveDueEarnings(addDays(new Date(), 31));
    const opened = await sandboxEmulator().openDispute(paymentIntentId);
    await deliverChaotically(opened);
    const commission = () => db().affiliateEarning.findFirstOrThrow({ where: { affiliateId } });
    expect(await commission()).toMatchObject({ status: "PENDING", disputed: true, cents: 1_250 });
    // A read of Stripe made before the dispute existed, finishing late, does not clear it.
    const payment = await db().payment.findUniqueOrThrow({ where: { paymentIntentId } });
    await settleCommission({ payment, netCents: payment.amountCents, dispute: "none" });
    expect(await commission()).toMatchObject({ status: "PENDING", disputed: true });
    expect(await approveDueEarnings(addDays(new Date(), 60))).toBe(0);
    signInAs(affiliate);
    expect(await takeEarningsAsCredits({})).toMatchObject({ ok: false, code: "CONFLICT" });

    const disputeId = (opened[0]!.data.object as { id: string }).id;
    await deliverChaotically(await sandboxEmulator().closeDispute(disputeId, "won"));
    expect(await commission()).toMatchObject({ status: "PENDING", disputed: false, cents: 1_250 });
    expect(await approveDueEarnings(addDays(new Date(), 31))).toBe(1);
    expect(await takeEarningsAsCredits({})).toMatchObject({ ok: true, data: { cents: 1_250 } });
  });

  it("lost, reverse the commission", async () => {
    const { affiliate, code } = await newAffiliate();
    const affiliateId = affiliate.id;
    await referredCustomer(code);
    const paymentIntentId = await buyPackWith("pack-500");
    const opened = await sandboxEmulator().openDispute(paymentIntentId);
    const disputeId = (opened[0]!.data.object as { id: string }).id;
    await deliverChaotically([...opened, ...(await sandboxEmulator().closeDispute(disputeId, "lost"))]);
    expect(await db().affiliateEarning.findFirstOrThrow({ where: { affiliateId } })).toMatchObject({
      status: "REVERSED",
      disputed: false,
      cents: 0,
    });
  });
});

describe("self-referral by card", () => {
  it("earns nothing on a customer who pays with a card the affiliate paid with, and only on that card", async () => {
    const { affiliate, code } = await newAffiliate();
    await buyPackWith("pack-500", "pm_card_mastercard"); // the affiliate's own card
    await referredCustomer(code);
    await buyPackWith("pack-500", "pm_card_mastercard");
    expect(await db().affiliateEarning.count({ where: { affiliateId: affiliate.id } })).toBe(0);
    await buyPackWith("pack-500", "pm_card_visa");
    expect(await db().affiliateEarning.findMany({ where: { affiliateId: affiliate.id } })).toMatchObject([
      { cents: 175, status: "PENDING" },
    ]);
  });

  it("takes back a commission when the affiliate later pays with the customer's card", async () => {
    const { affiliate, code } = await newAffiliate();
    const customer = await referredCustomer(code);
    await buyPackWith("pack-5000", "pm_card_mastercard");
    expect(await db().affiliateEarning.findFirstOrThrow({ where: { affiliateId: affiliate.id } })).toMatchObject({
      status: "PENDING",
      cents: 1_250,
    });
    signInAs(affiliate);
    await buyPackWith("pack-500", "pm_card_mastercard");
    expect(await db().affiliateEarning.findFirstOrThrow({ where: { affiliateId: affiliate.id } })).toMatchObject({
      refereeId: customer.id,
      status: "REVERSED",
      cents: 0,
    });
    expect(await auditLedger()).toEqual([]);
  });
});

describe("the sandbox's idempotent requests", () => {
  it("answer a repeated key with the first answer, refuse it with other parameters, and make one transfer", async () => {
    const { accountId } = await affiliateWithApproved(0);
    const client = await stripe();
    const params = { amount: 700, currency: "usd", destination: accountId };
    const [first, second] = await Promise.all([
      client.transfers.create(params, { idempotencyKey: "key-1" }),
      client.transfers.create(params, { idempotencyKey: "key-1" }).catch((error: unknown) => error),
    ]);
    // Stripe answers a concurrent repeat with 409 (the first is still running) or with the first's answer.
    if (second instanceof Error) expect(second).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    else expect((second as Stripe.Transfer).id).toBe(first.id);
    expect((await client.transfers.create(params, { idempotencyKey: "key-1" })).id).toBe(first.id);
    await expect(client.transfers.create({ ...params, amount: 701 }, { idempotencyKey: "key-1" })).rejects.toThrow(
      "same parameters",
    );
    expect(await transfersTo(accountId)).toHaveLength(1);
    expect(takeApiEvents().filter((event) => event.type === "transfer.created")).toHaveLength(1);
  });
});
