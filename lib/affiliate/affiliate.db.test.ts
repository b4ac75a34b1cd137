import { addDays, addMonths } from "date-fns";
import { describe, expect, it, vi } from "vitest";
import { auditLedger } from "@/lib/credits";
import { readCsv } from "@/lib/activity/csv-read";
import { db } from "@/lib/db";
import { signInAs, signInAsNewUser } from "@/lib/testing/session";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/session"));

const { checkout, deliverChaotically, sandboxEmulator, runStripeStandIn, takeApiEvents } =
  await import("@/lib/testing/stripe-harness");
const { stripe } = await import("@/lib/billing/stripe");
const { buyPack } = await import("@/lib/billing/actions/buy-pack");
const { startPlanChange } = await import("@/lib/billing/actions/start-plan-change");
const { ensureReferralCode, recordReferral } = await import("@/lib/billing/referrals");
const { joinAffiliateProgram } = await import("./actions/join-affiliate-program");
const { approveDueEarnings } = await import("./commissions");
const { takeEarningsAsCredits } = await import("./payouts");
const { recordClick } = await import("./clicks");
const { getAffiliateDashboard } = await import("./queries");
const { affiliateCsv } = await import("./export");

runStripeStandIn();

const wallet = (userId: string) => db().wallet.findUniqueOrThrow({ where: { userId } });
const earningsOf = (affiliateId: string) =>
  db().affiliateEarning.findMany({ where: { affiliateId }, orderBy: { createdAt: "asc" } });

/** An affiliate, and a customer who signed up through their link (signed in as the customer). */
async function affiliateWithCustomer() {
  const affiliate = await signInAsNewUser();
  expect(await joinAffiliateProgram({ acceptTerms: true })).toMatchObject({ ok: true });
  const code = await ensureReferralCode(affiliate.id);
  const customer = await signInAsNewUser();
  expect(await recordReferral({ refereeId: customer.id, code })).toBe(true);
  return { affiliate, customer, code };
}

async function subscribePro() {
  const sessionId = await checkout(startPlanChange({ plan: "PRO" }));
  await deliverChaotically(await sandboxEmulator().completeCheckout(sessionId, "paid"));
}

async function buyPackPaid(packId: "pack-500" | "pack-1500") {
  const sessionId = await checkout(buyPack({ packId }));
  await deliverChaotically(await sandboxEmulator().completeCheckout(sessionId, "paid"));
  const { payment_intent } = await (await stripe()).checkout.sessions.retrieve(sessionId);
  return payment_intent as string;
}

async function refund(paymentIntentId: string, amount?: number) {
  await (await stripe()).refunds.create({ payment_intent: paymentIntentId, ...(amount ? { amount } : {}) });
  await deliverChaotically(takeApiEvents());
}

describe("joining", () => {
  it("needs the terms accepted and a verified email; joining twice changes nothing", async () => {
    const { makeUser } = await import("@/lib/testing/factories");
    await signInAsNewUser();
    expect(await joinAffiliateProgram({ acceptTerms: false })).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { acceptTerms: ["Accept the terms to join."] },
    });
    expect(await joinAffiliateProgram({ acceptTerms: true })).toMatchObject({ ok: true });
    expect(await joinAffiliateProgram({ acceptTerms: true })).toMatchObject({ ok: true });
    signInAs(await makeUser({ emailVerified: false })); // the session says verified; the database does not
    expect(await joinAffiliateProgram({ acceptTerms: true })).toMatchObject({ ok: false, code: "EMAIL_UNVERIFIED" });
    expect(await db().affiliate.count()).toBe(1);
  });
});

describe("commissions", () => {
  it("are 25 % of each payment, created once per payment however often and in whatever order Stripe delivers", async () => {
    const { affiliate } = await affiliateWithCustomer();
    await subscribePro();
    await buyPackPaid("pack-500");
    const earnings = await earningsOf(affiliate.id);
    expect(earnings.map(({ kind, paymentCents, cents, status }) => ({ kind, paymentCents, cents, status }))).toEqual([
      { kind: "COMMISSION", paymentCents: 1_999, cents: 500, status: "PENDING" },
      { kind: "COMMISSION", paymentCents: 699, cents: 175, status: "PENDING" },
    ]);
    expect(earnings[0]!.approvesAt.getTime() - earnings[0]!.createdAt.getTime()).toBe(30 * 86_400_000);
    const { byMonth } = (await getAffiliateDashboard(affiliate.id, { timeZone: "Pacific/Kiritimati" }))!;
    expect(byMonth).toHaveLength(12);
    expect(byMonth.at(-1)).toEqual({
      month: new Intl.DateTimeFormat("en-CA", { timeZone: "Pacific/Kiritimati" }).format(new Date()).slice(0, 7),
      pending: 675,
      approved: 0,
      paid: 0,
    });
    expect(await auditLedger()).toEqual([]);
  });

  it("are not earned by someone who has not joined, on yourself through another address, or after 12 months", async () => {
    const friend = await signInAsNewUser();
    const code = await ensureReferralCode(friend.id);
    const customer = await signInAsNewUser();
    await recordReferral({ refereeId: customer.id, code });
    await subscribePro();
    expect(await earningsOf(friend.id)).toEqual([]); // the friends' referral bonus still applies

    const { affiliate, customer: late } = await affiliateWithCustomer();
    await db().referral.update({
      where: { refereeId: late.id },
      data: { createdAt: addMonths(new Date(), -13) },
    });
    await buyPackPaid("pack-500");
    expect(await earningsOf(affiliate.id)).toEqual([]);

    const self = await affiliateWithCustomer();
    const selfEmail = (await db().user.findUniqueOrThrow({ where: { id: self.affiliate.id } })).email;
    await db().user.update({
      where: { id: self.customer.id },
      data: { email: selfEmail.replace("@", "+second@") },
    });
    await buyPackPaid("pack-500");
    expect(await earningsOf(self.affiliate.id)).toEqual([]);
  });

  it("follow refunds before payout: a partial refund lowers the commission, a full one reverses it", async () => {
    const { affiliate } = await affiliateWithCustomer();
    const paymentIntentId = await buyPackPaid("pack-1500"); // $17.99 → 450¢
    await refund(paymentIntentId, 799);
    expect(await earningsOf(affiliate.id)).toMatchObject([{ paymentCents: 1_000, cents: 250, status: "PENDING" }]);
    await refund(paymentIntentId);
    expect(await earningsOf(affiliate.id)).toMatchObject([{ paymentCents: 0, cents: 0, status: "REVERSED" }]);
    await approveDueEarnings(addDays(new Date(), 31));
    expect(await earningsOf(affiliate.id)).toMatchObject([{ status: "REVERSED" }]);
    signInAs(affiliate);
    expect((await getAffiliateDashboard(affiliate.id))!.earnings).toMatchObject({
      pendingCents: 0,
      approvedCents: 0,
      reversedCents: 450,
    });
  });
});

describe("payouts as credits", () => {
  it("wait for the refund window, then pay 1.2 credits per cent once, in their own bucket", async () => {
    const { affiliate } = await affiliateWithCustomer();
    await subscribePro();
    await expect(takeEarningsAsCredits({ userId: affiliate.id })).rejects.toMatchObject({ code: "CONFLICT" });
    await approveDueEarnings(addDays(new Date(), 29));
    expect(await earningsOf(affiliate.id)).toMatchObject([{ status: "PENDING" }]);
    await approveDueEarnings(addDays(new Date(), 30));
    expect(await earningsOf(affiliate.id)).toMatchObject([{ status: "APPROVED" }]);
    const before = (await wallet(affiliate.id)).available;
    expect(await takeEarningsAsCredits({ userId: affiliate.id })).toMatchObject({ cents: 500, credits: 600 });
    expect((await wallet(affiliate.id)).available).toBe(before + 600);
    expect(await db().creditBucket.findFirst({ where: { userId: affiliate.id, source: "AFFILIATE" } })).toMatchObject({
      granted: 600,
      expiresAt: null,
    });
    await expect(takeEarningsAsCredits({ userId: affiliate.id })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await earningsOf(affiliate.id)).toMatchObject([{ status: "PAID", cents: 500 }]);
    expect(await auditLedger()).toEqual([]);
  });

  it("can never pay more than was approved, even when several are asked for at once", async () => {
    const { affiliate } = await affiliateWithCustomer();
    await subscribePro();
    await buyPackPaid("pack-500");
    await approveDueEarnings(addDays(new Date(), 30));
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, () => takeEarningsAsCredits({ userId: affiliate.id })),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await db().affiliatePayout.findMany({ where: { affiliateId: affiliate.id } })).toMatchObject([
      { cents: 675, credits: 810 },
    ]);
    expect(await auditLedger()).toEqual([]);
  });

  it("take back what a payment refunded after its commission was paid out from the next payout", async () => {
    const { affiliate, customer } = await affiliateWithCustomer();
    const first = await buyPackPaid("pack-1500"); // 450¢
    await approveDueEarnings(addDays(new Date(), 30));
    await takeEarningsAsCredits({ userId: affiliate.id });
    signInAs(customer);
    await refund(first, 799); // the commission would now be 250¢: 200¢ to take back
    await refund(first, 799); // the same again would leave 50¢: 200¢ more (each once however delivered)
    expect((await earningsOf(affiliate.id)).filter((earning) => earning.kind === "CLAWBACK")).toMatchObject([
      { cents: -200, status: "APPROVED" },
      { cents: -200, status: "APPROVED" },
    ]);
    // Nothing new earned: the debt cannot be paid out as negative credits.
    await expect(takeEarningsAsCredits({ userId: affiliate.id })).rejects.toMatchObject({ code: "CONFLICT" });
    await subscribePro(); // 500¢, approved later: 500 − 400 = 100¢ = 120 credits
    await approveDueEarnings(addDays(new Date(), 30));
    expect(await takeEarningsAsCredits({ userId: affiliate.id })).toMatchObject({ cents: 100, credits: 120 });
    expect(await auditLedger()).toEqual([]);
  });
});

describe("the CSV export", () => {
  it("lists every earning of the affiliate, oldest first, with customers anonymised, and nothing of anyone else's", async () => {
    const { affiliate, customer } = await affiliateWithCustomer();
    const paymentIntentId = await buyPackPaid("pack-1500");
    await approveDueEarnings(addDays(new Date(), 30));
    await takeEarningsAsCredits({ userId: affiliate.id });
    await refund(paymentIntentId, 799);
    await affiliateWithCustomer(); // another affiliate's customer pays too
    await buyPackPaid("pack-500");
    const [header, ...lines] = readCsv(await affiliateCsv(affiliate.id));
    const rows = lines.map((line) => Object.fromEntries(line.map((value, i) => [header![i], value])));
    expect(rows).toMatchObject([
      { kind: "commission", payment_usd: "17.99", commission_usd: "4.50", state: "paid" },
      { kind: "clawback", payment_usd: "10.00", commission_usd: "-2.00", state: "approved", payout_id: "" },
    ]);
    expect(rows[0]!.customer).toMatch(/^Customer [0-9a-f]{6}$/);
    expect(rows[1]!.customer).toBe(rows[0]!.customer);
    expect(JSON.stringify(rows)).not.toContain(customer.email);
    expect(JSON.stringify(rows)).not.toContain(customer.id);
  });
});

describe("clicks", () => {
  const browser = new Headers({
    "user-agent": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
  });

  it("count a visitor once a day, never a bot or a prefetch, and only for an affiliate's link", async () => {
    const { affiliate, code } = await affiliateWithCustomer();
    const now = new Date("2026-12-03T10:00:00Z");
    const click = (visitorId: string, headers = browser, at = now) =>
      recordClick({ code, visitorId, via: "youtube", headers, now: at });
    expect(await Promise.all([click("v1"), click("v1"), click("v1")])).toEqual(
      expect.arrayContaining([true, false, false]),
    );
    expect(await click("v2")).toBe(true);
    expect(await click("v1", browser, addDays(now, 1))).toBe(true);
    expect(await click("v3", new Headers({ "user-agent": "Googlebot/2.1 (+http://www.google.com/bot.html)" }))).toBe(
      false,
    );
    expect(await click("v4", new Headers({ ...Object.fromEntries(browser), "sec-purpose": "prefetch" }))).toBe(false);
    const friend = await signInAsNewUser();
    const friendCode = await ensureReferralCode(friend.id);
    expect(await recordClick({ code: friendCode, visitorId: "v1", via: null, headers: browser, now })).toBe(false);
    const clicks = await db().affiliateClick.findMany({ where: { affiliateId: affiliate.id } });
    expect(clicks).toHaveLength(3);
    expect(clicks.every((row) => row.via === "youtube" && row.visitorHash.length === 64)).toBe(true);
  });
});
