// Model test of "credits follow money": seeded random sequences of payments (packs, a subscription, renewals
// that pay or not), retries, card changes, refunds, disputes and paid requests, applied to the real system
// (the real Stripe SDK against the sandbox over HTTP, every event delivered several times in shuffled order
// to the real webhook handler) and to the plain reference model below. After every step the person's
// `available`, every bucket's `remaining` (by grant key) and every reversal must agree with the model, and
// `auditLedger()` must be clean.
//
//   timeout 600 npx vitest run --project sqlite --project postgres lib/billing/money.model.db.test.ts
//   TALLY_MONEY_SEED=<seed> TALLY_MONEY_RUNS=1 …   replay one sequence (the failure message prints its seed)
//   TALLY_MONEY_RUNS=<n> TALLY_MONEY_STEPS=<m> …  more (or longer) sequences, from TALLY_MONEY_SEED on
//
// Where the rules leave a choice the model stays out of it:
// - the first payment of the subscription always pays (card changes come after subscribing), so the Free
//   allowance never lives on next to an unpaid subscription;
// - no refund while a dispute of the same payment is open or lost (Stripe refuses them: charge_disputed);
// - steps are sequential and each step's events are all delivered before the next step, so nothing races;
// - the real clock never reaches a period's end (renewals only move Stripe's clock).
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it, vi } from "vitest";
import { CREDIT_PACKS, PLANS, type CreditPackId } from "@/config/plans";
import { allowanceGrantKey, auditLedger } from "@/lib/credits";
import { db } from "@/lib/db";
import type { SandboxEvent } from "./sandbox/emulator";
import { signInAsNewUser } from "@/lib/testing/session";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/session"));

const { checkout, deliver, sandboxEmulator, takeApiEvents, runStripeStandIn } =
  await import("@/lib/testing/stripe-harness");
const { stripe } = await import("./stripe");
const { buyPack } = await import("./actions/buy-pack");
const { startPlanChange } = await import("./actions/start-plan-change");
const { sendChatMessage } = await import("@/lib/testing/paid-requests");

runStripeStandIn();

// A sequence may send more paid requests in a minute than the per-person limit allows a human.
const rateLimitBefore = process.env.TALLY_RATE_LIMIT_PAID_PER_MINUTE;
process.env.TALLY_RATE_LIMIT_PAID_PER_MINUTE = "100000";
afterAll(() => {
  if (rateLimitBefore === undefined) delete process.env.TALLY_RATE_LIMIT_PAID_PER_MINUTE;
  else process.env.TALLY_RATE_LIMIT_PAID_PER_MINUTE = rateLimitBefore;
});

const BASE_SEED = Number(process.env.TALLY_MONEY_SEED ?? 1_013);
const RUNS = Number(process.env.TALLY_MONEY_RUNS ?? 14);
const STEPS = Number(process.env.TALLY_MONEY_STEPS ?? 14);
/** How many times Stripe delivers each event (at least once, any order). */
const COPIES = 3;
const COST = 15; // "oracle", per message
const MAX_PACKS = 5; // buying is rate limited (10 billing requests a minute per person)

// ---------------------------------------------------------------------------------------------------------
// Seeded randomness
// ---------------------------------------------------------------------------------------------------------

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
type Rng = () => number;
const intBetween = (rng: Rng, low: number, high: number) => low + Math.floor(rng() * (high - low + 1));
const pick = <T>(rng: Rng, items: readonly T[]) => items[Math.floor(rng() * items.length)]!;

// ---------------------------------------------------------------------------------------------------------
// The reference model: plain data and the rules, nothing from lib/credits or lib/billing.
// ---------------------------------------------------------------------------------------------------------

type Plan = "STARTER" | "PRO";
type Card = "pm_card_visa" | "pm_card_chargeCustomerFail" | "pm_card_authenticationRequired";
const CARDS: Card[] = ["pm_card_visa", "pm_card_chargeCustomerFail", "pm_card_authenticationRequired"];

interface Bucket {
  key: string;
  kind: "ALLOWANCE" | "PACK";
  remaining: number;
  /** An allowance whose period is over: nothing comes back to it. Packs never expire. */
  expired: boolean;
}

interface Reversal {
  id: string;
  status: "TAKEN" | "FROZEN" | "RELEASED";
  /** The money that went back. */
  cents: number;
  credits: number;
  taken: number;
}

interface Charge {
  label: string;
  kind: "PACK" | "PLAN";
  paymentIntentId: string;
  amountCents: number;
  refundedCents: number;
  /** What the payment bought (null: an invoice for a period the person had already moved past bought nothing). */
  bought: { credits: number; bucket: string } | null;
  reversals: Reversal[];
  dispute: { id: string; status: "open" | "won" | "lost" } | null;
}

interface Invoice {
  id: string;
  /** Index of the Stripe period it bills (0: the first paid one). */
  period: number;
  paid: boolean;
}

class Model {
  buckets: Bucket[] = [];
  plan: Plan | null = null;
  /** The allowance grant key of each Stripe period (index = period). */
  periodKeys: string[] = [];
  /** The period Stripe's clock is in (-1: not subscribed). */
  stripePeriod = -1;
  /** The latest period the person paid for (-1: Free). */
  paidPeriod = -1;
  card: Card = "pm_card_visa";
  invoices: Invoice[] = [];
  charges: Charge[] = [];
  packs = 0;

  constructor(freeKey: string) {
    this.grant(freeKey, "ALLOWANCE", PLANS.FREE.monthlyCredits);
  }

  get available() {
    return this.buckets.reduce((sum, bucket) => sum + bucket.remaining, 0);
  }

  private bucket(key: string) {
    return this.buckets.find((bucket) => bucket.key === key)!;
  }

  /** Spend order: the plan allowance first, then packs, oldest first (no referral credits here). */
  private spendOrder(except?: Bucket) {
    const live = this.buckets.filter((bucket) => bucket !== except && !bucket.expired && bucket.remaining > 0);
    return [
      ...live.filter((bucket) => bucket.kind === "ALLOWANCE"),
      ...live.filter((bucket) => bucket.kind === "PACK"),
    ];
  }

  /** Takes up to `credits` from `sources` in order, never below zero; returns what it took. */
  private take(credits: number, sources: Bucket[]) {
    let taken = 0;
    for (const source of sources) {
      const amount = Math.min(source.remaining, credits - taken);
      if (amount <= 0) continue;
      source.remaining -= amount;
      taken += amount;
    }
    return taken;
  }

  private grant(key: string, kind: Bucket["kind"], amount: number) {
    const bucket = { key, kind, remaining: amount, expired: false };
    this.buckets.push(bucket);
    return bucket;
  }

  private expireAllowances() {
    for (const bucket of this.buckets.filter((candidate) => candidate.kind === "ALLOWANCE")) {
      bucket.remaining = 0;
      bucket.expired = true;
    }
  }

  /** A paid request: 15 credits in spend order, or refused (and free) when they are not there. */
  spend() {
    if (this.available < COST) return false;
    this.take(COST, this.spendOrder());
    return true;
  }

  buyPack(pack: CreditPackId, sessionId: string, paymentIntentId: string) {
    const { credits, priceCents } = CREDIT_PACKS[pack];
    const key = `pack:${sessionId}`;
    this.grant(key, "PACK", credits);
    this.packs += 1;
    this.charges.push({
      label: `${pack}#${this.charges.length}`,
      kind: "PACK",
      paymentIntentId,
      amountCents: priceCents,
      refundedCents: 0,
      bought: { credits, bucket: key },
      reversals: [],
      dispute: null,
    });
  }

  subscribe(plan: Plan, periodKey: string, invoiceId: string, paymentIntentId: string) {
    this.plan = plan;
    this.periodKeys.push(periodKey);
    this.stripePeriod = 0;
    this.invoices.push({ id: invoiceId, period: 0, paid: false });
    this.payInvoice(this.invoices.at(-1)!, paymentIntentId);
  }

  /** Stripe's clock moves to the next period: the old allowance ends at once; the new one only if the card pays. */
  renew(periodKey: string, invoiceId: string) {
    this.stripePeriod += 1;
    this.periodKeys.push(periodKey);
    this.expireAllowances();
    const invoice = { id: invoiceId, period: this.stripePeriod, paid: false };
    this.invoices.push(invoice);
    return { invoice, pays: this.card === "pm_card_visa" };
  }

  /** Whether an attempt on an open invoice pays: off-session only with a card that needs nothing; on-session 3-D Secure is confirmed. */
  pays(how: "smart" | "confirm") {
    return how === "smart" ? this.card === "pm_card_visa" : this.card !== "pm_card_chargeCustomerFail";
  }

  /** An invoice is paid: its period's allowance, once, if the person has not already moved past that period. */
  payInvoice(invoice: Invoice, paymentIntentId: string) {
    invoice.paid = true;
    const credits = PLANS[this.plan!].monthlyCredits;
    const charge: Charge = {
      label: `invoice(period ${invoice.period})#${this.charges.length}`,
      kind: "PLAN",
      paymentIntentId,
      amountCents: PLANS[this.plan!].priceCents,
      refundedCents: 0,
      bought: null,
      reversals: [],
      dispute: null,
    };
    if (invoice.period > this.paidPeriod) {
      this.expireAllowances();
      const key = this.periodKeys[invoice.period]!;
      const bucket = this.grant(key, "ALLOWANCE", credits);
      this.paidPeriod = invoice.period;
      charge.bought = { credits, bucket: key };
      // The period is already over at Stripe: its allowance ends too.
      if (invoice.period < this.stripePeriod) {
        bucket.remaining = 0;
        bucket.expired = true;
      }
    }
    this.charges.push(charge);
  }

  /**
   * What `cents` more going back takes: the share of everything gone back of the payment so far (a won
   * dispute no longer counts), less what went back before took — so the parts add up to what it bought.
   */
  private share(charge: Charge, cents: number) {
    const earlier = charge.reversals.filter((reversal) => reversal.status !== "RELEASED");
    const goneBack = Math.min(earlier.reduce((sum, reversal) => sum + reversal.cents, 0) + cents, charge.amountCents);
    const target = Math.floor((charge.bought!.credits * goneBack) / charge.amountCents);
    return Math.max(0, target - earlier.reduce((sum, reversal) => sum + reversal.credits, 0));
  }

  refund(charge: Charge, cents: number, refundId: string) {
    charge.refundedCents += cents;
    if (!charge.bought) return;
    const credits = this.share(charge, cents);
    const own = this.bucket(charge.bought.bucket);
    // A pack's credits are fungible: its bucket first, then the others; a plan's only from its allowance.
    const taken = this.take(credits, charge.kind === "PACK" ? [own, ...this.spendOrder(own)] : [own]);
    charge.reversals.push({ id: `refund:${refundId}`, status: "TAKEN", cents, credits, taken });
  }

  openDispute(charge: Charge, disputeId: string) {
    charge.dispute = { id: disputeId, status: "open" };
    if (!charge.bought) return;
    const cents = charge.amountCents - charge.refundedCents;
    const credits = this.share(charge, cents);
    // Only what is left of the disputed grant is frozen.
    const taken = this.take(credits, [this.bucket(charge.bought.bucket)]);
    charge.reversals.push({ id: `dispute:${disputeId}`, status: "FROZEN", cents, credits, taken });
  }

  closeDispute(charge: Charge, outcome: "won" | "lost") {
    charge.dispute!.status = outcome;
    if (!charge.bought) return;
    const reversal = charge.reversals.find((candidate) => candidate.id === `dispute:${charge.dispute!.id}`)!;
    const own = this.bucket(charge.bought.bucket);
    if (outcome === "won") {
      reversal.status = "RELEASED";
      if (!own.expired) own.remaining += reversal.taken;
    } else {
      reversal.status = "TAKEN";
      if (charge.kind === "PACK") reversal.taken += this.take(reversal.credits - reversal.taken, this.spendOrder());
    }
  }

  /** What the database should hold: every bucket's remaining by grant key, every reversal by id. */
  expected() {
    return {
      available: this.available,
      buckets: Object.fromEntries(this.buckets.map((bucket) => [bucket.key, bucket.remaining])),
      reversals: Object.fromEntries(
        this.charges
          .flatMap((charge) => charge.reversals)
          .map(({ id, status, credits, taken }) => [id, { status, credits, taken }]),
      ),
    };
  }
}

// ---------------------------------------------------------------------------------------------------------
// Operations, chosen from what the model says is possible
// ---------------------------------------------------------------------------------------------------------

type Op =
  | { op: "buy"; pack: CreditPackId }
  | { op: "subscribe"; plan: Plan }
  | { op: "renew" }
  | { op: "card"; card: Card }
  | { op: "retry"; invoice: number; how: "smart" | "confirm" }
  | { op: "refund"; charge: number; cents: number }
  | { op: "dispute"; charge: number }
  | { op: "close"; charge: number; outcome: "won" | "lost" }
  | { op: "spend"; requests: number };

function nextOp(model: Model, rng: Rng): Op {
  const candidates: [number, () => Op][] = [];
  const add = (weight: number, make: () => Op) => candidates.push([weight, make]);
  const indexes = (predicate: (charge: Charge) => boolean) =>
    model.charges.flatMap((charge, index) => (predicate(charge) ? [index] : []));

  if (model.packs < MAX_PACKS)
    add(3, () => ({ op: "buy", pack: pick(rng, Object.keys(CREDIT_PACKS) as CreditPackId[]) }));
  if (!model.plan) add(3, () => ({ op: "subscribe", plan: pick(rng, ["STARTER", "PRO"] as const) }));
  if (model.plan) {
    add(3, () => ({ op: "renew" }));
    add(3, () => ({ op: "card", card: pick(rng, CARDS) }));
  }
  const open = model.invoices.flatMap((invoice, index) => (invoice.paid ? [] : [index]));
  if (open.length > 0)
    add(4, () => ({ op: "retry", invoice: pick(rng, open), how: rng() < 0.6 ? "smart" : "confirm" }));
  const refundable = indexes(
    (charge) => charge.refundedCents < charge.amountCents && (!charge.dispute || charge.dispute.status === "won"),
  );
  if (refundable.length > 0) {
    add(3, () => {
      const charge = pick(rng, refundable);
      const rest = model.charges[charge]!.amountCents - model.charges[charge]!.refundedCents;
      return { op: "refund", charge, cents: rest === 1 || rng() < 0.4 ? rest : intBetween(rng, 1, rest - 1) };
    });
  }
  const disputable = indexes((charge) => !charge.dispute && charge.refundedCents < charge.amountCents);
  if (disputable.length > 0) add(3, () => ({ op: "dispute", charge: pick(rng, disputable) }));
  const disputed = indexes((charge) => charge.dispute?.status === "open");
  if (disputed.length > 0) {
    add(3, () => {
      const charge = pick(rng, disputed);
      const outcome: "won" | "lost" = rng() < 0.5 ? "won" : "lost";
      return { op: "close", charge, outcome };
    });
  }
  // Mostly when there is something to spend (a refused request is checked too, but one tells as much as many).
  add(model.available >= COST ? 4 : 1, () => ({ op: "spend", requests: pick(rng, [1, 2, 4, 8, 16, 32]) }));

  const total = candidates.reduce((sum, [weight]) => sum + weight, 0);
  let roll = rng() * total;
  for (const [weight, make] of candidates) {
    roll -= weight;
    if (roll < 0) return make();
  }
  return candidates.at(-1)![1]();
}

// ---------------------------------------------------------------------------------------------------------
// The real system
// ---------------------------------------------------------------------------------------------------------

const emulator = () => sandboxEmulator();
const idOf = (value: unknown) => (typeof value === "string" ? value : ((value as { id: string } | null)?.id ?? null));

/** Stripe's at-least-once, any-order delivery, seeded: every event COPIES times, shuffled. */
async function deliverShuffled(events: { id: string; type: string }[], rng: Rng) {
  const deliveries = [...events, ...takeApiEvents()].flatMap((event) => Array.from({ length: COPIES }, () => event));
  for (let i = deliveries.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rng() * (i + 1));
    [deliveries[i], deliveries[j]] = [deliveries[j]!, deliveries[i]!];
  }
  for (const event of deliveries) {
    const response = await deliver(event);
    if (response.status !== 200)
      throw new Error(`webhook ${event.type} (${event.id}) answered ${response.status}: ${await response.text()}`);
  }
}

async function latestOfSubscription(subscriptionId: string) {
  const subscription = await (await stripe()).subscriptions.retrieve(subscriptionId);
  const item = subscription.items.data[0] as unknown as { current_period_start: number };
  return {
    invoiceId: idOf(subscription.latest_invoice)!,
    periodKey: allowanceGrantKey(new Date(item.current_period_start * 1000), "STARTER"),
  };
}

async function invoiceState(invoiceId: string) {
  const invoice = await (await stripe()).invoices.retrieve(invoiceId, { expand: ["payments"] });
  return { status: invoice.status, paymentIntentId: idOf(invoice.payments?.data[0]?.payment.payment_intent) };
}

async function observe(userId: string) {
  const [wallet, buckets, reversals] = await Promise.all([
    db().wallet.findUniqueOrThrow({ where: { userId } }),
    db().creditBucket.findMany({ where: { userId } }),
    db().creditReversal.findMany({ where: { userId } }),
  ]);
  return {
    available: wallet.available,
    buckets: Object.fromEntries(buckets.map((bucket) => [bucket.grantKey, bucket.remaining])),
    reversals: Object.fromEntries(reversals.map(({ id, status, credits, taken }) => [id, { status, credits, taken }])),
  };
}

async function runSequence(seed: number) {
  const ops = mulberry32(seed);
  const chaos = mulberry32(seed ^ 0x5bd1e995);
  const person = await signInAsNewUser();
  const user = await db().user.findUniqueOrThrow({ where: { id: person.id } });
  const model = new Model(allowanceGrantKey(user.periodStart, "FREE"));
  let subscriptionId: string | null = null;
  const steps: string[] = [];
  const context = (note: string) =>
    [
      `seed ${seed} (replay: TALLY_MONEY_SEED=${seed} TALLY_MONEY_RUNS=1), ${note}`,
      ...steps.map((step, index) => `  ${String(index + 1).padStart(2)}. ${step}`),
    ].join("\n");
  const check = (actual: unknown, expected: unknown, note: string) => expect(actual, context(note)).toEqual(expected);
  const paid = async (invoiceId: string, expectPaid: boolean, note: string) => {
    const state = await invoiceState(invoiceId);
    check(state.status, expectPaid ? "paid" : "open", `${note}: the invoice at Stripe`);
    return state.paymentIntentId!;
  };

  for (let step = 0; step < STEPS; step += 1) {
    const op = nextOp(model, ops);
    const charge = "charge" in op ? model.charges[op.charge]! : null;
    steps.push(JSON.stringify(op) + (charge ? `  (${charge.label})` : ""));
    const here = `after step ${step + 1}`;

    switch (op.op) {
      case "buy": {
        const sessionId = await checkout(buyPack({ packId: op.pack }));
        const events = await emulator().completeCheckout(sessionId, "paid");
        await deliverShuffled(events, chaos);
        const session = await (await stripe()).checkout.sessions.retrieve(sessionId);
        model.buyPack(op.pack, sessionId, idOf(session.payment_intent)!);
        break;
      }
      case "subscribe": {
        const sessionId = await checkout(startPlanChange({ plan: op.plan }));
        const events = await emulator().completeCheckout(sessionId, "paid");
        await deliverShuffled(events, chaos);
        subscriptionId = idOf((await (await stripe()).checkout.sessions.retrieve(sessionId)).subscription)!;
        const { invoiceId, periodKey } = await latestOfSubscription(subscriptionId);
        model.subscribe(op.plan, periodKey, invoiceId, await paid(invoiceId, true, here));
        break;
      }
      case "renew": {
        const events = await emulator().renewSubscription(subscriptionId!);
        await deliverShuffled(events, chaos);
        const { invoiceId, periodKey } = await latestOfSubscription(subscriptionId!);
        const { invoice, pays } = model.renew(periodKey, invoiceId);
        const paymentIntentId = await paid(invoiceId, pays, here);
        if (pays) model.payInvoice(invoice, paymentIntentId);
        break;
      }
      case "card": {
        const { stripeCustomerId } = await db().user.findUniqueOrThrow({ where: { id: person.id } });
        await (
          await stripe()
        ).customers.update(stripeCustomerId!, { invoice_settings: { default_payment_method: op.card } });
        model.card = op.card;
        break;
      }
      case "retry": {
        const invoice = model.invoices[op.invoice]!;
        let events: SandboxEvent[] = [];
        if (op.how === "confirm") events = await emulator().confirmInvoicePayment(invoice.id);
        else {
          // Smart Retries off-session: a card that fails (declined, or needing 3-D Secure) says so in events.
          events = await emulator().retryInvoice(invoice.id);
        }
        await deliverShuffled(events, chaos);
        const pays = model.pays(op.how);
        const paymentIntentId = await paid(invoice.id, pays, here);
        if (pays) model.payInvoice(invoice, paymentIntentId);
        break;
      }
      case "refund": {
        const events: SandboxEvent[] = [];
        const refund = await emulator().refund(charge!.paymentIntentId, op.cents, events);
        await deliverShuffled(events, chaos);
        model.refund(charge!, op.cents, refund.id);
        break;
      }
      case "dispute": {
        const events = await emulator().openDispute(charge!.paymentIntentId);
        await deliverShuffled(events, chaos);
        model.openDispute(charge!, events[0]!.data.object.id);
        break;
      }
      case "close": {
        const events = await emulator().closeDispute(charge!.dispute!.id, op.outcome);
        await deliverShuffled(events, chaos);
        model.closeDispute(charge!, op.outcome);
        break;
      }
      case "spend": {
        // Up to `requests` paid requests, one after the other; after a refused one the rest would be refused too.
        for (let i = 0, refused = false; i < op.requests && !refused; i += 1) {
          const result = await sendChatMessage({
            requestId: randomUUID(),
            model: "oracle",
            prompt: `step ${step + 1} request ${i + 1}`,
          });
          const expected = model.spend();
          refused = !expected;
          check(result.ok ? "ok" : result.code, expected ? "ok" : "INSUFFICIENT_CREDITS", `${here}, request ${i + 1}`);
        }
        break;
      }
    }

    check(await observe(person.id), model.expected(), `${here}: wallet, buckets and reversals`);
    check(await auditLedger(), [], `${here}: auditLedger()`);
  }
}

describe("credits follow money: random sequences against a reference model", () => {
  for (let run = 0; run < RUNS; run += 1) {
    const seed = BASE_SEED + run;
    it(`sequence ${run + 1} (seed ${seed})`, () => runSequence(seed));
  }
});
