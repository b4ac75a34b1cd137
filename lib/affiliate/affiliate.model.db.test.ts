// Model test of the affiliate terms: seeded random sequences of sign-ups (through the affiliate's link or
// not), payments (packs), refunds (part or all), disputes (opened, then won or lost), time passing, payouts
// as credits, the monthly payout in money (Stripe Connect transfers) and transfer reversals, applied to the
// real system (the real Stripe SDK against the sandbox, every event delivered five times shuffled, the real
// jobs' functions) and to the plain reference model below. After every step the affiliate's pending,
// approved, paid and reversed earnings, their credits from payouts, the money transferred to their Stripe
// account and `auditLedger()` must agree.
//
//   timeout 600 npx vitest run --project sqlite --project postgres lib/affiliate/affiliate.model.db.test.ts
//   TALLY_AFFILIATE_SEED=<seed> TALLY_AFFILIATE_RUNS=1 …   replay one sequence (a failure prints its seed)
//
// The clock is Date's (faked, so Stripe, the webhooks and the jobs share it); a step takes a minute, time
// passing takes days. Self-referral is not modelled (lib/affiliate/affiliate.db.test.ts covers it).
import { addDays, addMinutes, addMonths } from "date-fns";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CREDIT_PACKS, type CreditPackId } from "@/config/plans";
import { auditLedger } from "@/lib/credits";
import { db } from "@/lib/db";
import { pick, seededRandom } from "@/lib/testing/random";
import { signInAs, signInAsNewUser } from "@/lib/testing/session";
import { AppError } from "@/lib/errors";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/session"));

const { checkout, deliverChaotically, sandboxEmulator, runStripeStandIn, takeApiEvents } =
  await import("@/lib/testing/stripe-harness");
const { stripe } = await import("@/lib/billing/stripe");
const { buyPack } = await import("@/lib/billing/actions/buy-pack");
const { ensureReferralCode, recordReferral } = await import("@/lib/billing/referrals");
const { joinAffiliateProgram } = await import("./actions/join-affiliate-program");
const { approveDueEarnings } = await import("./commissions");
const { takeEarningsAsCredits } = await import("./payouts");
const { sendMonthlyTransfers, transferPayoutId } = await import("./transfers");
const { startPayoutOnboarding } = await import("./actions/start-payout-onboarding");
const { getAffiliateDashboard } = await import("./queries");

runStripeStandIn();
afterEach(() => void vi.useRealTimers());

const RUNS = Number(process.env.TALLY_AFFILIATE_RUNS ?? 10);
const FIRST_SEED = Number(process.env.TALLY_AFFILIATE_SEED ?? 7100);
const STEPS = Number(process.env.TALLY_AFFILIATE_STEPS ?? 32);

// ---------------------------------------------------------------------------------------------------------
// The reference model: the terms of config/affiliate.ts, written plainly (its own arithmetic, not the config's)
// ---------------------------------------------------------------------------------------------------------

/** 25 %, to the nearest cent. */
const commissionCents = (netCents: number) => Math.round(netCents / 4);
/** 1.2 credits per cent, whole credits. */
const creditsForEarnings = (cents: number) => Math.floor((cents * 6) / 5);
/** A payout in money needs $25, and there is at most one per (UTC) month. */
const TRANSFER_MINIMUM = 2_500;
const monthOf = (date: Date) => date.toISOString().slice(0, 7);

interface ModelPayment {
  paymentIntentId: string;
  customer: string;
  amount: number;
  wentBack: number;
  /** Disputed once (Stripe allows one dispute, and no refund while it is open or was lost). */
  disputed: boolean;
  openDisputeId: string | null;
  paidAt: Date;
  /** Null when the payment earns nothing (an organic customer, or more than 12 months after sign-up). */
  commission: null | { earned: number; status: "PENDING" | "APPROVED" | "PAID" | "REVERSED"; paidCents: number };
}

class Model {
  customers = new Map<string, { referred: boolean; signedUpAt: Date }>();
  payments: ModelPayment[] = [];
  /** Clawbacks not yet taken by a payout (negative cents). */
  debt = 0;
  clawedBack = 0;
  paidOut = 0;
  credits = 0;
  /** Money of reversed transfers, approved again. */
  returned = 0;
  transfers: { transferId: string; cents: number; reversed: number }[] = [];
  months = new Set<string>();

  current(payment: ModelPayment) {
    const commission = payment.commission!;
    return commission.status === "PAID" ? commission.paidCents : commissionCents(payment.amount - payment.wentBack);
  }

  pay(payment: Omit<ModelPayment, "commission">) {
    const customer = this.customers.get(payment.customer)!;
    const eligible = customer.referred && payment.paidAt <= addMonths(customer.signedUpAt, 12);
    const earned = commissionCents(payment.amount);
    this.payments.push({
      ...payment,
      commission: eligible ? { earned, status: earned > 0 ? "PENDING" : "REVERSED", paidCents: 0 } : null,
    });
  }

  wentBack(payment: ModelPayment, cents: number) {
    payment.wentBack += cents;
    const commission = payment.commission;
    if (!commission) return;
    const now = commissionCents(payment.amount - payment.wentBack);
    if (commission.status === "PAID") {
      const stillCredited = commission.paidCents + this.clawbacksOf(payment);
      if (stillCredited > now) this.addClawback(payment, now - stillCredited);
    } else if (now === 0) commission.status = "REVERSED";
  }

  clawbacks = new Map<string, number>();
  clawbacksOf(payment: ModelPayment) {
    return this.clawbacks.get(payment.paymentIntentId) ?? 0;
  }
  addClawback(payment: ModelPayment, cents: number) {
    this.clawbacks.set(payment.paymentIntentId, this.clawbacksOf(payment) + cents);
    this.debt += cents;
    this.clawedBack -= cents;
  }

  approve(now: Date) {
    for (const payment of this.payments)
      if (payment.commission?.status === "PENDING" && !payment.openDisputeId && addDays(payment.paidAt, 30) <= now)
        payment.commission.status = "APPROVED";
  }

  /** An open dispute puts an unpaid commission back to pending until the bank decides. */
  openDispute(payment: ModelPayment, disputeId: string) {
    payment.disputed = true;
    payment.openDisputeId = disputeId;
    if (payment.commission?.status === "APPROVED") payment.commission.status = "PENDING";
  }

  decideDispute(payment: ModelPayment, outcome: "won" | "lost") {
    payment.openDisputeId = null;
    if (outcome === "lost") this.wentBack(payment, payment.amount - payment.wentBack);
  }

  /** What a payout takes now: approved commissions, clawbacks and returned money. */
  private take() {
    const approved = this.payments.filter((payment) => payment.commission?.status === "APPROVED");
    const cents = approved.reduce((sum, payment) => sum + this.current(payment), 0) + this.debt + this.returned;
    return {
      cents,
      pay: () => {
        for (const payment of approved) {
          payment.commission!.paidCents = this.current(payment);
          payment.commission!.status = "PAID";
        }
        this.debt = 0;
        this.returned = 0;
        this.paidOut += cents;
      },
    };
  }

  payout(): { cents: number; credits: number } | null {
    const { cents, pay } = this.take();
    const credits = creditsForEarnings(cents);
    if (credits <= 0) return null;
    pay();
    this.credits += credits;
    return { cents, credits };
  }

  transfer(now: Date): number | null {
    const { cents, pay } = this.take();
    if (this.months.has(monthOf(now)) || cents < TRANSFER_MINIMUM) return null;
    this.months.add(monthOf(now));
    pay();
    return cents;
  }

  reverse(transfer: { cents: number; reversed: number }, cents: number) {
    transfer.reversed += cents;
    this.returned += cents;
    this.paidOut -= cents;
  }

  moneyOut() {
    return this.transfers.reduce((sum, transfer) => sum + transfer.cents - transfer.reversed, 0);
  }

  earnings() {
    const withCommission = this.payments.filter((payment) => payment.commission);
    const sum = (status: string) =>
      withCommission
        .filter((payment) => payment.commission!.status === status)
        .reduce((total, payment) => total + this.current(payment), 0);
    const earned = withCommission.reduce((total, payment) => total + payment.commission!.earned, 0);
    const current = withCommission.reduce(
      (total, payment) => total + (payment.commission!.status === "REVERSED" ? 0 : this.current(payment)),
      0,
    );
    return {
      pendingCents: sum("PENDING"),
      approvedCents: sum("APPROVED") + this.debt + this.returned,
      paidCents: this.paidOut,
      reversedCents: earned - current + this.clawedBack,
    };
  }
}

// ---------------------------------------------------------------------------------------------------------
// The sequences
// ---------------------------------------------------------------------------------------------------------

async function runSequence(seed: number) {
  const rng = seededRandom(seed);
  let clock = new Date("2027-01-04T09:00:00.000Z");
  vi.useFakeTimers({ toFake: ["Date"], now: clock });
  const tick = (next: Date) => {
    clock = next;
    vi.setSystemTime(clock);
  };

  const affiliate = await signInAsNewUser();
  await joinAffiliateProgram({ acceptTerms: true });
  const code = await ensureReferralCode(affiliate.id);
  expect(await startPayoutOnboarding({})).toMatchObject({ ok: true });
  const { connectAccountId } = await db().affiliate.findUniqueOrThrow({ where: { userId: affiliate.id } });
  await deliverChaotically(await sandboxEmulator().connect.completeOnboarding(connectAccountId!, "verified"));
  const model = new Model();
  const users = new Map<string, Awaited<ReturnType<typeof signInAsNewUser>>>();
  const steps: string[] = [];

  for (let step = 0; step < STEPS; step += 1) {
    tick(addMinutes(clock, 1));
    const open = model.payments.filter((payment) => !payment.disputed && payment.wentBack < payment.amount);
    const disputed = model.payments.filter((payment) => payment.openDisputeId);
    const reversible = model.transfers.filter((transfer) => transfer.reversed < transfer.cents);
    const choices = [
      "sign-up",
      ...(model.customers.size > 0 ? ["pay", "pay", "pay"] : []),
      ...(open.length > 0 ? ["refund", "dispute"] : []),
      ...(disputed.length > 0 ? ["decide"] : []),
      ...(reversible.length > 0 ? ["reverse"] : []),
      "time",
      "payout",
      // Twice as likely as a payout as credits, which would otherwise take the earnings before they reach $25.
      "transfer",
      "transfer",
    ];
    const op = pick(rng, choices);
    if (op === "sign-up") {
      const referred = rng() < 0.75;
      const customer = await signInAsNewUser();
      if (referred) await recordReferral({ refereeId: customer.id, code });
      users.set(customer.id, customer);
      model.customers.set(customer.id, { referred, signedUpAt: clock });
      steps.push(`sign-up ${referred ? "through the link" : "organic"}`);
    } else if (op === "pay") {
      const customer = pick(rng, [...users.values()]);
      const packId = pick(rng, Object.keys(CREDIT_PACKS) as CreditPackId[]);
      signInAs(customer);
      const sessionId = await checkout(buyPack({ packId }));
      await deliverChaotically(await sandboxEmulator().completeCheckout(sessionId, "paid"));
      const { payment_intent } = await (await stripe()).checkout.sessions.retrieve(sessionId);
      model.pay({
        paymentIntentId: payment_intent as string,
        customer: customer.id,
        amount: CREDIT_PACKS[packId].priceCents,
        wentBack: 0,
        disputed: false,
        openDisputeId: null,
        paidAt: clock,
      });
      steps.push(`pay ${packId}`);
    } else if (op === "refund") {
      const payment = pick(rng, open);
      const left = payment.amount - payment.wentBack;
      const cents = rng() < 0.5 ? left : 1 + Math.floor(rng() * left);
      await (await stripe()).refunds.create({ payment_intent: payment.paymentIntentId, amount: cents });
      await deliverChaotically(takeApiEvents());
      model.wentBack(payment, cents);
      steps.push(`refund ${cents}¢ of ${payment.amount}¢`);
    } else if (op === "dispute") {
      const payment = pick(rng, open);
      const opened = await sandboxEmulator().openDispute(payment.paymentIntentId);
      await deliverChaotically(opened);
      model.openDispute(payment, (opened[0]!.data.object as { id: string }).id);
      steps.push(`dispute of ${payment.amount}¢`);
    } else if (op === "decide") {
      const payment = pick(rng, disputed);
      const outcome = rng() < 0.5 ? "won" : "lost";
      await deliverChaotically(await sandboxEmulator().closeDispute(payment.openDisputeId!, outcome));
      model.decideDispute(payment, outcome);
      steps.push(`dispute ${outcome}`);
    } else if (op === "transfer") {
      const expected = model.transfer(clock);
      const before = await db().affiliatePayout.count({ where: { affiliateId: affiliate.id, method: "TRANSFER" } });
      await sendMonthlyTransfers(clock, { only: affiliate.id });
      await deliverChaotically(takeApiEvents());
      const made = await db().affiliatePayout.findMany({
        where: { affiliateId: affiliate.id, method: "TRANSFER" },
        orderBy: { createdAt: "asc" },
      });
      steps.push(`transfer ${expected === null ? "none" : `${expected}¢`} in ${monthOf(clock)}`);
      const payout = made.length > before ? made.at(-1)! : null;
      expect(payout && { id: payout.id, status: payout.status, cents: payout.cents }, steps.join(" → ")).toEqual(
        expected === null ? null : { id: transferPayoutId(affiliate.id, clock), status: "PAID", cents: expected },
      );
      if (payout) model.transfers.push({ transferId: payout.transferId!, cents: payout.cents, reversed: 0 });
    } else if (op === "reverse") {
      const transfer = pick(rng, reversible);
      const left = transfer.cents - transfer.reversed;
      const cents = rng() < 0.5 ? left : 1 + Math.floor(rng() * left);
      await (await stripe()).transfers.createReversal(transfer.transferId, { amount: cents });
      await deliverChaotically(takeApiEvents());
      model.reverse(transfer, cents);
      steps.push(`reverse ${cents}¢ of a ${transfer.cents}¢ transfer`);
    } else if (op === "time") {
      const days = pick(rng, [3, 10, 29, 30, 45, 200]);
      tick(addDays(clock, days));
      await approveDueEarnings(clock);
      model.approve(clock);
      steps.push(`${days} days pass`);
    } else {
      const expected = model.payout();
      const outcome = await takeEarningsAsCredits({ userId: affiliate.id, now: clock }).catch((error: unknown) => {
        if (error instanceof AppError && error.code === "CONFLICT") return null;
        throw error;
      });
      steps.push(`payout ${expected ? `${expected.cents}¢` : "refused"}`);
      expect(outcome && { cents: outcome.cents, credits: outcome.credits }, steps.join(" → ")).toEqual(expected);
    }

    const dashboard = (await getAffiliateDashboard(affiliate.id))!;
    const context = `seed ${seed}: ${steps.join(" → ")}`;
    expect(
      {
        pendingCents: dashboard.earnings.pendingCents,
        approvedCents: dashboard.earnings.approvedCents,
        paidCents: dashboard.earnings.paidCents,
        reversedCents: dashboard.earnings.reversedCents,
      },
      context,
    ).toEqual(model.earnings());
    const { _sum } = await db().creditBucket.aggregate({
      where: { userId: affiliate.id, source: "AFFILIATE" },
      _sum: { granted: true },
    });
    expect(_sum.granted ?? 0, context).toBe(model.credits);
    const transfers = await (await stripe()).transfers.list({ destination: connectAccountId!, limit: 100 });
    expect(
      transfers.data.reduce((sum, transfer) => sum + transfer.amount - transfer.amount_reversed, 0),
      context,
    ).toBe(model.moneyOut());
    expect(await auditLedger(), context).toEqual([]);
  }
}

describe("the affiliate terms, model-checked", () => {
  it.each(Array.from({ length: RUNS }, (_, i) => FIRST_SEED + i))("sequence with seed %i", runSequence, 120_000);
});
