// Model-based test of the credit ledger: seeded random sequences of every ledger operation run against
// the database and against a small plain model written from README.md, "#### The rules (the specification
// of `lib/credits/ledger.model.db.test.ts`)". After every step the wallet, the buckets, the holds, the
// ledger entries and the outcome of the call must agree, and `auditLedger()` must be clean.
//
//   npx vitest run --project sqlite   lib/credits/ledger.model.db.test.ts
//   npx vitest run --project postgres lib/credits/ledger.model.db.test.ts
//   TALLY_MODEL_RUNS=200 …                 more (or fewer) random runs
//   TALLY_MODEL_SEED=<seed> …              replay a failure (generation and shrinking) from its seed
//   … TALLY_MODEL_PATH=<path> TALLY_MODEL_REPLAY_PATH=<replayPath>   or jump straight to its shrunk case
//                                          (path from `{ seed, path }`, replayPath from `/*replayPath="…"*/`)
//
// On failure fast-check prints the seed, the path and the shrunk sequence of steps; the error under it
// lists every step of that sequence with what the model expected, and what differed.
import { inspect, isDeepStrictEqual } from "node:util";
import { addDays, startOfDay } from "date-fns";
import { TZDate } from "@date-fns/tz";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CHAT_MODEL_IDS, type ChatModelId } from "@/config/pricing";
import { PLANS } from "@/config/plans";
import {
  allowanceGrantKey,
  auditLedger,
  grant,
  hold,
  holdGroup,
  periodContaining,
  quote,
  release,
  releaseExpiredHolds,
  rolloverIfDue,
  setDailyCap,
  setSpendCap,
  settle,
  type Quote,
} from "@/lib/credits";
import { HOLD_TTL_MS } from "@/lib/credits/policy";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { makeUser } from "@/lib/testing/factories";

// 100 runs take about 15 s on SQLite and 25 s on PostgreSQL on a 2-core machine; each run is one fresh user.
const RUNS = Number(process.env.TALLY_MODEL_RUNS ?? 100);
const MAX_STEPS = 40;

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const ALLOWANCE = PLANS.FREE.monthlyCredits;

// ---------------------------------------------------------------------------------------------------
// The reference model: rules 1–8, nothing from lib/credits but the period arithmetic and the hold TTLs.
//
// Where the rules leave a choice, the model takes the app's, or stays out of it:
// - a Free account is reset lazily before every request and page, as the app does, so no hold is ever made
//   in a period that has ended (which period such a hold belongs to is not said);
// - a Council run's models reserve one after the other, in the order given;
// - only recorded holds are retried: a refused attempt records nothing, so whether its id was "seen" is moot;
// - an expiry on a pack, referral or adjustment only orders spending (no rule expires such a bucket by
//   date), so those expiries lie beyond any run;
// - the sweeper takes `expiresAt <= now` as "has passed"; the clock never lands on an expiry exactly.
// ---------------------------------------------------------------------------------------------------

type Source = "PLAN_ALLOWANCE" | "REFERRAL" | "ADJUSTMENT" | "PACK";
type Status = "HELD" | "SETTLED" | "RELEASED";
type Refusal = "INSUFFICIENT_CREDITS" | "SPEND_CAP_REACHED" | "DAILY_CAP_REACHED";

/** Rule 2: allowance, referral, adjustment, packs. */
const SOURCE_RANK: Record<Source, number> = { PLAN_ALLOWANCE: 0, REFERRAL: 1, ADJUSTMENT: 2, PACK: 3 };

interface ModelBucket {
  grantKey: string;
  source: Source;
  expiresAt: number | null;
  createdAt: number;
  remaining: number;
  held: number;
  /** Set by a new period (rule 6): what is refunded to it later expires too (rule 4). */
  expired: boolean;
}

interface ModelHold {
  requestId: string;
  quote: Quote;
  groupId: string | null;
  amount: number;
  status: Status;
  /** Rule 3: which buckets it reserved from, in spend order. */
  allocation: { grantKey: string; amount: number }[];
  /** Start of the billing period it was made in (rule 5 counts it only there). */
  period: number;
  /** Start of the local day it was made in (rule 8 counts it only there). */
  day: number;
  expiresAt: number;
}

interface Period {
  start: Date;
  end: Date;
}

const allowanceKey = (period: Period) => allowanceGrantKey(period.start, "FREE");
const ledgerKey = (type: string, requestId: string | null, grantKey: string) =>
  `${type} ${requestId ?? "-"} ${grantKey}`;

class LedgerModel {
  readonly buckets = new Map<string, ModelBucket>();
  /** Every hold ever made, in the order made; refused holds leave nothing. */
  readonly holds: ModelHold[] = [];
  /** Sum of ledger deltas per (type, request, bucket). */
  readonly ledger = new Map<string, number>();
  cap: number | null = null;
  /** Rule 5: spent plus held by requests made in the current period. */
  used = 0;
  /** Rule 8: the daily cap, and what requests made in the local day from `dayStart` spent or hold. */
  dailyCap: number | null = null;
  dayUsed = 0;
  dayStart = 0;
  dayEnd = 0;
  /** The account's creation: billing periods are counted from it. */
  readonly anchor: Date;
  now: number;
  period: Period;
  readonly trace: string[] = [];
  current = "";
  private counter = 0;

  constructor(
    user: { createdAt: Date; periodStart: Date; periodEnd: Date },
    readonly userId: string,
    readonly timeZone: string,
  ) {
    this.anchor = user.createdAt;
    this.now = user.createdAt.getTime();
    this.period = { start: user.periodStart, end: user.periodEnd };
    this.addBucket("PLAN_ALLOWANCE", ALLOWANCE, allowanceKey(this.period), this.period.end.getTime());
  }

  /** Each step happens 1 ms after the previous one, so no two buckets share a createdAt (rule 2's last tie-break). */
  begin(step: string) {
    this.now += 1;
    this.current = `${this.trace.length + 1}. ${step}`;
    return new Date(this.now);
  }

  done(outcome: string) {
    this.trace.push(`${this.current} → ${outcome}`);
  }

  nextId(prefix: string) {
    this.counter += 1;
    return `${prefix}${this.counter}`;
  }

  get available() {
    return sum([...this.buckets.values()].map((bucket) => bucket.remaining));
  }

  get held() {
    return sum([...this.buckets.values()].map((bucket) => bucket.held));
  }

  /** Rule 5. Never stored: a cap lowered below `used` shows 0 and a release then only gives back its own share of `used`. */
  room() {
    return this.cap === null ? Infinity : Math.max(0, this.cap - this.used);
  }

  /** Rule 8: what today's requests count, once the day has passed nothing. */
  usedToday() {
    return this.now < this.dayEnd ? this.dayUsed : 0;
  }

  dayRoom() {
    return this.dailyCap === null ? Infinity : Math.max(0, this.dailyCap - this.usedToday());
  }

  /** Rule 8: the count starts again at the person's local midnight, when a request (or a new cap) sees the new day. */
  startDayIfOver() {
    if (this.now < this.dayEnd) return;
    const midnight = startOfDay(new TZDate(this.now, this.timeZone));
    this.dayStart = midnight.getTime();
    this.dayEnd = addDays(midnight, 1).getTime();
    this.dayUsed = 0;
  }

  open() {
    return this.holds.filter((h) => h.status === "HELD");
  }

  /** Open holds made before the current period began: requests in flight across a rollover. */
  openFromEarlierPeriods() {
    return this.open().filter((h) => h.period !== this.period.start.getTime());
  }

  finished() {
    return this.holds.filter((h) => h.status !== "HELD");
  }

  find(requestId: string) {
    return this.holds.find((h) => h.requestId === requestId);
  }

  private addBucket(source: Source, amount: number, grantKey: string, expiresAt: number | null) {
    this.buckets.set(grantKey, {
      grantKey,
      source,
      expiresAt,
      createdAt: this.now,
      remaining: amount,
      held: 0,
      expired: false,
    });
    this.entry("GRANT", null, grantKey, amount);
  }

  private entry(type: "GRANT" | "DEBIT" | "EXPIRE", requestId: string | null, grantKey: string, delta: number) {
    const key = ledgerKey(type, requestId, grantKey);
    this.ledger.set(key, (this.ledger.get(key) ?? 0) + delta);
  }

  /** Rule 2: source, then soonest expiry (none last), then oldest. */
  private inSpendOrder() {
    const expiry = (bucket: ModelBucket) => bucket.expiresAt ?? Number.MAX_SAFE_INTEGER;
    return [...this.buckets.values()].sort(
      (a, b) => SOURCE_RANK[a.source] - SOURCE_RANK[b.source] || expiry(a) - expiry(b) || a.createdAt - b.createdAt,
    );
  }

  grant(source: Source, amount: number, grantKey: string, expiresAt: number | null) {
    if (this.buckets.has(grantKey)) return false; // one grant per key
    this.addBucket(source, amount, grantKey, expiresAt);
    return true;
  }

  /** Rule 3, for one request or a Council run (all or nothing). */
  reserve(items: { requestId: string; quote: Quote }[], groupId: string | null): "fresh" | Refusal {
    const total = sum(items.map((item) => item.quote.credits));
    this.startDayIfOver();
    if (this.available < total) return "INSUFFICIENT_CREDITS";
    if (this.room() < total) return "SPEND_CAP_REACHED";
    if (this.dayRoom() < total) return "DAILY_CAP_REACHED";
    for (const { requestId, quote: q } of items) {
      // Each model of a Council run takes its share in turn, in the order given.
      let left = q.credits;
      const allocation: ModelHold["allocation"] = [];
      for (const bucket of this.inSpendOrder()) {
        const take = Math.min(bucket.remaining, left);
        if (take === 0) continue;
        bucket.remaining -= take;
        bucket.held += take;
        allocation.push({ grantKey: bucket.grantKey, amount: take });
        left -= take;
        if (left === 0) break;
      }
      if (left !== 0) throw new Error(`model: ${requestId} could not be allocated`);
      this.holds.push({
        requestId,
        quote: q,
        groupId,
        amount: q.credits,
        status: "HELD",
        allocation,
        period: this.period.start.getTime(),
        day: this.dayStart,
        expiresAt: this.now + HOLD_TTL_MS[q.kind],
      });
    }
    this.used += total;
    this.dayUsed += total;
    return "fresh";
  }

  /** Rule 4: settle charges the allocation in spend order; the rest goes back, or expires with an expired bucket. Release = settle of 0. */
  finish(h: ModelHold, charge: number, status: "SETTLED" | "RELEASED") {
    let toCharge = charge;
    for (const share of h.allocation) {
      const bucket = this.buckets.get(share.grantKey)!;
      const take = Math.min(share.amount, toCharge);
      const rest = share.amount - take;
      toCharge -= take;
      bucket.held -= share.amount;
      if (take > 0) this.entry("DEBIT", h.requestId, bucket.grantKey, -take);
      if (rest > 0) {
        if (bucket.expired) this.entry("EXPIRE", h.requestId, bucket.grantKey, -rest);
        else bucket.remaining += rest;
      }
    }
    // Rule 5: only a request of the current period gives room back.
    if (h.period === this.period.start.getTime()) this.used -= h.amount - charge;
    // Rule 8: likewise only a request of the day being counted.
    if (h.day === this.dayStart) this.dayUsed -= h.amount - charge;
    h.status = status;
    this.checkNothingNegative();
  }

  /** Rule 6, for the Free plan: due once the period has ended. */
  rollover() {
    if (this.now < this.period.end.getTime()) return false;
    const next = periodContaining(this.anchor, new Date(this.now));
    for (const bucket of this.buckets.values()) {
      if (bucket.source !== "PLAN_ALLOWANCE" || bucket.expired) continue;
      if (bucket.remaining > 0) this.entry("EXPIRE", null, bucket.grantKey, -bucket.remaining);
      bucket.remaining = 0;
      bucket.expired = true; // what it still holds stays held (rule 4 expires it when given back)
    }
    this.period = next;
    this.addBucket("PLAN_ALLOWANCE", ALLOWANCE, allowanceKey(next), next.end.getTime());
    this.used = 0;
    return true;
  }

  /** Rule 5: the answer of setSpendCap. */
  setCap(cap: number | null) {
    this.cap = cap;
    const heldThisPeriod = sum(
      this.open()
        .filter((h) => h.period === this.period.start.getTime())
        .map((h) => h.amount),
    );
    return { spent: this.used - heldThisPeriod, capRemaining: cap === null ? null : this.room() };
  }

  /** Rule 8: the answer of setDailyCap. */
  setDailyCap(cap: number | null) {
    this.startDayIfOver();
    this.dailyCap = cap;
    const heldToday = sum(
      this.open()
        .filter((h) => h.day === this.dayStart)
        .map((h) => h.amount),
    );
    return {
      spentToday: this.dayUsed - heldToday,
      dayRemaining: cap === null ? null : this.dayRoom(),
      resetsAt: new Date(this.dayEnd),
    };
  }

  /** Rule 7. */
  sweep() {
    const due = this.open().filter((h) => h.expiresAt <= this.now);
    for (const h of due) this.finish(h, 0, "RELEASED");
    return due;
  }

  private checkNothingNegative() {
    for (const bucket of this.buckets.values()) {
      if (bucket.remaining < 0 || bucket.held < 0) throw new Error(`model: bucket ${bucket.grantKey} went negative`);
    }
  }

  describeHold(h: ModelHold) {
    return `${h.requestId} ${label(h.quote)} from ${h.allocation.map((share) => `${share.grantKey}=${share.amount}`).join(" + ")}`;
  }
}

function sum(values: number[]) {
  return values.reduce((total, value) => total + value, 0);
}

// ---------------------------------------------------------------------------------------------------
// Comparing the database with the model.
// ---------------------------------------------------------------------------------------------------

interface Real {
  userId: string;
}

class Mismatch extends Error {
  constructor(m: LedgerModel, differences: string[]) {
    super(
      [
        `at step ${m.current}, the database and the model disagree:`,
        ...differences.map((line) => `  ${line}`),
        `steps before it (→ what the model expected):`,
        ...m.trace.map((line) => `  ${line}`),
      ].join("\n"),
    );
    this.name = "Mismatch";
  }
}

const show = (value: unknown) =>
  value === undefined ? "(none)" : inspect(value, { depth: 4, breakLength: Infinity, sorted: true });

/** One line per differing key of two records (or one line for two differing values). */
function differences(what: string, actual: unknown, expected: unknown): string[] {
  if (isDeepStrictEqual(actual, expected)) return []; // strict: -0 is not 0
  const isRecord = (value: unknown): value is Record<string, unknown> =>
    typeof value === "object" && value !== null && !Array.isArray(value);
  if (!isRecord(actual) || !isRecord(expected)) return [`${what}: database ${show(actual)}, model ${show(expected)}`];
  return [...new Set([...Object.keys(actual), ...Object.keys(expected)])]
    .sort()
    .filter((key) => !isDeepStrictEqual(actual[key], expected[key]))
    .map((key) => `${what} ${key}: database ${show(actual[key])}, model ${show(expected[key])}`);
}

function same(m: LedgerModel, what: string, actual: unknown, expected: unknown) {
  const found = differences(what, actual, expected);
  if (found.length > 0) throw new Mismatch(m, found);
}

/** Everything the rules say about one user, read from the database and compared with the model. */
async function compareWithDatabase(m: LedgerModel) {
  const { userId } = m;
  const [wallet, buckets, holds, entries, audit] = await Promise.all([
    db().wallet.findUniqueOrThrow({
      where: { userId },
      select: { available: true, held: true, dailyCap: true, dayUsed: true, dayEnd: true },
    }),
    db().creditBucket.findMany({ where: { userId } }),
    db().hold.findMany({ where: { userId }, select: { requestId: true, status: true, amount: true } }),
    db().ledgerEntry.findMany({
      where: { userId },
      select: { type: true, requestId: true, bucketId: true, delta: true },
    }),
    auditLedger(),
  ]);
  const found: string[] = [];

  // Rule 1: the wallet is the buckets; rule 8: its daily count (once the day is over, whatever it says is moot).
  found.push(
    ...differences(
      "wallet",
      {
        available: wallet.available,
        held: wallet.held,
        dailyCap: wallet.dailyCap,
        usedToday: wallet.dayEnd.getTime() > m.now ? wallet.dayUsed : 0,
      },
      { available: m.available, held: m.held, dailyCap: m.dailyCap, usedToday: m.usedToday() },
    ),
  );

  // Rules 2–4 and 6, bucket by bucket. Before the rewrite buckets had no `held`: a reserved credit was still
  // counted in `remaining` until its settle, so then `remaining` is compared with the model's remaining + held.
  const rows = buckets as unknown as (Record<string, unknown> & {
    id: string;
    grantKey: string;
    source: string;
    remaining: number;
  })[];
  const hasHeld = rows.some((row) => "held" in row);
  const hasExpiredAt = rows.some((row) => "expiredAt" in row);
  const modelBuckets: Record<string, unknown> = {};
  const dbBuckets: Record<string, unknown> = {};
  for (const bucket of m.buckets.values()) {
    const view: Record<string, unknown> = { source: bucket.source };
    if (hasHeld) Object.assign(view, { remaining: bucket.remaining, held: bucket.held });
    else view.remaining = bucket.remaining + bucket.held;
    // The expired mark only matters while the bucket still holds credits of a request (their refund
    // expires) and for a live bucket (which must not be marked); an emptied expired bucket may be either.
    if (hasExpiredAt && (bucket.held > 0 || !bucket.expired)) view.expired = bucket.expired;
    modelBuckets[bucket.grantKey] = view;
  }
  for (const row of rows) {
    const expected = modelBuckets[row.grantKey] as Record<string, unknown> | undefined;
    const view: Record<string, unknown> = { source: row.source, remaining: row.remaining };
    if (hasHeld) view.held = row.held;
    if (hasExpiredAt && (!expected || "expired" in expected)) view.expired = row.expiredAt !== null;
    dbBuckets[row.grantKey] = view;
  }
  found.push(...differences("bucket", dbBuckets, modelBuckets));

  found.push(
    ...differences(
      "hold",
      Object.fromEntries(holds.map((h) => [h.requestId, `${h.status} ${h.amount}`])),
      Object.fromEntries(m.holds.map((h) => [h.requestId, `${h.status} ${h.amount}`])),
    ),
  );

  // Rule 4: one DEBIT entry per bucket a settle charges, an EXPIRE entry carrying the request id for a
  // refund to an expired bucket; rule 6: an EXPIRE entry for what a new period expires.
  const keyOf = new Map(rows.map((row) => [row.id, row.grantKey]));
  const ledger: Record<string, number> = {};
  const debitRows = new Map<string, number>();
  for (const entry of entries) {
    if (entry.delta === 0) continue;
    const key = ledgerKey(entry.type, entry.requestId, keyOf.get(entry.bucketId) ?? entry.bucketId);
    ledger[key] = (ledger[key] ?? 0) + entry.delta;
    if (entry.type === "DEBIT") debitRows.set(key, (debitRows.get(key) ?? 0) + 1);
  }
  found.push(...differences("ledger", ledger, Object.fromEntries(m.ledger)));
  for (const [key, count] of debitRows)
    if (count > 1) found.push(`ledger ${key}: ${count} DEBIT entries for one bucket of one settle`);

  // Rule 1 as the ledger checks it itself.
  found.push(
    ...differences(
      "auditLedger()",
      audit.filter((row) => row.userId === userId),
      [],
    ),
  );

  if (found.length > 0) throw new Mismatch(m, found);
}

// ---------------------------------------------------------------------------------------------------
// The commands.
// ---------------------------------------------------------------------------------------------------

type Step = fc.AsyncCommand<LedgerModel, Real>;

/** A step whose unexpected errors are reported with the trace, like a mismatch. */
abstract class BaseStep implements Step {
  /** Whether the step applies to the model's state (fast-check skips it otherwise). */
  abstract check(m: Readonly<LedgerModel>): boolean;
  abstract perform(m: LedgerModel): Promise<void>;
  abstract toString(): string;
  async run(m: LedgerModel) {
    try {
      await this.perform(m);
    } catch (error) {
      if (error instanceof Mismatch) throw error;
      throw new Mismatch(m, [`threw ${error instanceof Error ? error.stack : show(error)}`]);
    }
  }
}

const label = (q: Quote) => `${q.kind.toLowerCase()}-${q.credits}`;

/** A spread of real prices (config/pricing.ts): below, around and above the 100-credit allowance. */
const PRICED: Quote[] = [
  quote({ kind: "CHAT", model: "swift" }), // 1
  quote({ kind: "CHAT", model: "sage" }), // 4
  quote({ kind: "AGENT", model: "oracle" }), // 15
  quote({ kind: "IMAGE", model: "sketch", resolution: "512x512" }), // 3
  quote({ kind: "IMAGE", model: "aurora", resolution: "1792x1024" }), // 24
  quote({ kind: "VIDEO", model: "reel", seconds: 4, resolution: "480p" }), // 60
  quote({ kind: "VIDEO", model: "cinema", seconds: 4, resolution: "720p" }), // 140
  quote({ kind: "VIDEO", model: "reel", seconds: 12, resolution: "1080p" }), // 360
];

/** A request costing exactly `credits`: to probe the edges of the balance and of the cap's room. */
const costing = (credits: number): Quote => ({ ...quote({ kind: "CHAT", model: "swift" }), credits });

/** The outcome of a hold as the rules name it; any other error fails the test. */
async function holdOutcome(attempt: Promise<{ fresh: boolean }>): Promise<string> {
  try {
    return (await attempt).fresh ? "fresh" : "seen before";
  } catch (error) {
    if (
      error instanceof AppError &&
      (error.code === "INSUFFICIENT_CREDITS" ||
        error.code === "SPEND_CAP_REACHED" ||
        error.code === "DAILY_CAP_REACHED")
    )
      return error.code;
    throw error;
  }
}

/** The app resets a Free account lazily before every paid request and page (app/(app)/_lib/account.ts, lib/chat/respond.ts). */
async function lazyReset(m: LedgerModel, now: Date) {
  const expected = m.rollover();
  const { rolledOver } = await rolloverIfDue({ userId: m.userId, now });
  same(m, "rolloverIfDue(), before the request:", rolledOver, expected);
  return expected ? "new period, then " : "";
}

class HoldStep extends BaseStep {
  constructor(readonly q: Quote) {
    super();
  }
  check() {
    return true;
  }
  async perform(m: LedgerModel) {
    const now = m.begin(this.toString());
    const reset = await lazyReset(m, now);
    const requestId = m.nextId("req");
    const expected = m.reserve([{ requestId, quote: this.q }], null);
    same(m, "hold()", await holdOutcome(hold({ userId: m.userId, requestId, quote: this.q, now })), expected);
    m.done(reset + (expected === "fresh" ? m.describeHold(m.find(requestId)!) : expected));
    await compareWithDatabase(m);
  }
  toString() {
    return `hold(${label(this.q)})`;
  }
}

/** A hold of exactly the cap's room, the daily cap's room or the balance, give or take one credit. */
class EdgeHoldStep extends BaseStep {
  constructor(
    readonly edge: "room" | "dayRoom" | "available",
    readonly delta: number,
  ) {
    super();
  }
  amount = (m: Readonly<LedgerModel>) =>
    (this.edge === "room" ? m.room() : this.edge === "dayRoom" ? m.dayRoom() : m.available) + this.delta;
  check(m: Readonly<LedgerModel>) {
    return Number.isFinite(this.amount(m)) && this.amount(m) >= 1;
  }
  async perform(m: LedgerModel) {
    const now = m.begin(this.toString());
    const reset = await lazyReset(m, now);
    const q = costing(Math.max(1, this.amount(m))); // measured after the reset: the new period's room
    const requestId = m.nextId("req");
    const expected = m.reserve([{ requestId, quote: q }], null);
    same(m, `hold(${q.credits})`, await holdOutcome(hold({ userId: m.userId, requestId, quote: q, now })), expected);
    m.done(`${reset}${q.credits}: ${expected === "fresh" ? m.describeHold(m.find(requestId)!) : expected}`);
    await compareWithDatabase(m);
  }
  toString() {
    return `hold(${this.edge}${this.delta < 0 ? "−1" : this.delta > 0 ? "+1" : ""})`;
  }
}

class CouncilStep extends BaseStep {
  constructor(readonly models: ChatModelId[]) {
    super();
  }
  check() {
    return true;
  }
  async perform(m: LedgerModel) {
    const now = m.begin(this.toString());
    const reset = await lazyReset(m, now);
    const groupId = m.nextId("council");
    const items = this.models.map((model) => ({
      requestId: m.nextId("req"),
      quote: quote({ kind: "COUNCIL", model }),
    }));
    const expected = m.reserve(items, groupId);
    same(m, "holdGroup()", await holdOutcome(holdGroup({ userId: m.userId, groupId, items, now })), expected);
    m.done(
      reset +
        (expected === "fresh" ? items.map((item) => m.describeHold(m.find(item.requestId)!)).join("; ") : expected),
    );
    await compareWithDatabase(m);
  }
  toString() {
    return `council(${this.models.map((model) => label(quote({ kind: "COUNCIL", model }))).join(" + ")})`;
  }
}

/** Rule 3: a request id seen before changes nothing and gets the first attempt's outcome. */
class RetryStep extends BaseStep {
  constructor(readonly pick: number) {
    super();
  }
  check(m: Readonly<LedgerModel>) {
    return m.holds.length > 0;
  }
  async perform(m: LedgerModel) {
    const now = m.begin(this.toString());
    const reset = await lazyReset(m, now);
    const first = m.holds[this.pick % m.holds.length]!;
    let statuses: string[];
    if (first.groupId === null) {
      const outcome = await hold({ userId: m.userId, requestId: first.requestId, quote: first.quote, now });
      same(m, "hold() of a request id seen before: fresh", outcome.fresh, false);
      statuses = [outcome.hold.status];
    } else {
      const group = m.holds.filter((h) => h.groupId === first.groupId);
      const items = group.map((h) => ({ requestId: h.requestId, quote: h.quote }));
      const outcome = await holdGroup({ userId: m.userId, groupId: first.groupId, items, now });
      same(m, "holdGroup() of request ids seen before: fresh", outcome.fresh, false);
      statuses = group.map((h) => outcome.holds.find((found) => found.requestId === h.requestId)?.status ?? "missing");
    }
    const expected = m.holds
      .filter((h) => (first.groupId === null ? h === first : h.groupId === first.groupId))
      .map((h) => h.status);
    same(m, "the first attempt's status", statuses, expected);
    m.done(`${reset}${first.groupId ?? first.requestId} seen before (${expected.join(", ")})`);
    await compareWithDatabase(m);
  }
  toString() {
    return `retry(hold[${this.pick}])`;
  }
}

type Finish = { settle: number | "all" } | "release";

/** settle / partial settle / release of an open hold, of one made before a rollover, or again of a finished one. */
class FinishStep extends BaseStep {
  constructor(
    readonly which: "open" | "earlier period" | "finished",
    readonly pick: number,
    readonly how: Finish,
  ) {
    super();
  }
  candidates(m: Readonly<LedgerModel>) {
    return this.which === "open"
      ? m.open()
      : this.which === "earlier period"
        ? m.openFromEarlierPeriods()
        : m.finished();
  }
  check(m: Readonly<LedgerModel>) {
    return this.candidates(m).length > 0;
  }
  async perform(m: LedgerModel) {
    const now = m.begin(this.toString());
    const candidates = this.candidates(m);
    const h = candidates[this.pick % candidates.length]!;
    const { userId } = m;
    const charge =
      this.how === "release"
        ? 0
        : this.how.settle === "all"
          ? h.amount
          : Math.floor((h.amount * this.how.settle) / 100);
    const wasHeld = h.status === "HELD";
    if (wasHeld) m.finish(h, charge, this.how === "release" ? "RELEASED" : "SETTLED");
    const result =
      this.how === "release"
        ? await release({ userId, requestId: h.requestId, reason: "provider failed", now })
        : await settle({
            userId,
            requestId: h.requestId,
            result: { text: "ok" },
            credits: this.how.settle === "all" ? undefined : charge,
            now,
          });
    // Settle and release act once, only on a HELD hold; otherwise null and nothing changes.
    same(m, this.how === "release" ? "release()" : "settle()", result?.status ?? null, wasHeld ? h.status : null);
    m.done(
      wasHeld
        ? `${h.requestId} (${h.amount}) ${this.how === "release" ? "released" : `charged ${charge}`}`
        : `${h.requestId}: no-op`,
    );
    await compareWithDatabase(m);
  }
  toString() {
    const list = this.which === "open" ? "open" : this.which === "earlier period" ? "earlierPeriod" : "finished";
    if (this.how === "release") return `release(${list}[${this.pick}])`;
    return `settle(${list}[${this.pick}]${this.how.settle === "all" ? "" : `, ${this.how.settle}%`})`;
  }
}

class GrantStep extends BaseStep {
  constructor(
    readonly source: Exclude<Source, "PLAN_ALLOWANCE">,
    readonly amount: number,
    /** Expiries only order the buckets here: they lie beyond any run (see the notes above the model). */
    readonly expiresInDays: number | null,
    /** Grant again under the key of an earlier grant: a no-op. */
    readonly again: number | null,
  ) {
    super();
  }
  check() {
    return true;
  }
  async perform(m: LedgerModel) {
    const now = m.begin(this.toString());
    const earlier = [...m.buckets.values()].filter((bucket) => bucket.source !== "PLAN_ALLOWANCE");
    const repeat = this.again !== null && earlier.length > 0 ? earlier[this.again % earlier.length]! : null;
    const grantKey = repeat?.grantKey ?? m.nextId(`${this.source.toLowerCase()}:`);
    const expiresAt = this.expiresInDays === null ? null : m.now + this.expiresInDays * DAY;
    const expected = m.grant(this.source, this.amount, grantKey, expiresAt);
    const { granted } = await grant({
      userId: m.userId,
      source: this.source,
      amount: this.amount,
      grantKey,
      expiresAt: expiresAt === null ? null : new Date(expiresAt),
      now,
    });
    same(m, "grant(): granted", granted, expected);
    m.done(expected ? grantKey : `${grantKey} granted before: no-op`);
    await compareWithDatabase(m);
  }
  toString() {
    if (this.again !== null) return `grantAgain(grant[${this.again}], ${this.source} ${this.amount})`;
    return `grant(${this.source} ${this.amount}${this.expiresInDays === null ? "" : `, expires in ${this.expiresInDays}d`})`;
  }
}

type CapChoice = { cap: number | null } | { usedPlus: number };

class SetCapStep extends BaseStep {
  constructor(readonly choice: CapChoice) {
    super();
  }
  check() {
    return true;
  }
  async perform(m: LedgerModel) {
    const now = m.begin(this.toString());
    const reset = await lazyReset(m, now); // the settings page is a page of the app like any other
    const cap = "cap" in this.choice ? this.choice.cap : Math.max(0, m.used + this.choice.usedPlus);
    const expected = m.setCap(cap);
    const answer = await setSpendCap({ userId: m.userId, cap, now });
    same(m, `setSpendCap(${cap})`, { spent: answer.spent, capRemaining: answer.capRemaining }, expected);
    m.done(`${reset}cap ${cap}: ${show(expected)}`);
    await compareWithDatabase(m);
  }
  toString() {
    if ("cap" in this.choice) return `setSpendCap(${this.choice.cap})`;
    const d = this.choice.usedPlus;
    return `setSpendCap(used${d < 0 ? `−${-d}` : `+${d}`})`;
  }
}

class SetDailyCapStep extends BaseStep {
  constructor(readonly choice: CapChoice) {
    super();
  }
  check() {
    return true;
  }
  async perform(m: LedgerModel) {
    const now = m.begin(this.toString());
    const reset = await lazyReset(m, now);
    const cap = "cap" in this.choice ? this.choice.cap : Math.max(0, m.usedToday() + this.choice.usedPlus);
    const expected = m.setDailyCap(cap);
    const answer = await setDailyCap({ userId: m.userId, cap, now });
    same(m, `setDailyCap(${cap})`, answer, expected);
    m.done(`${reset}daily cap ${cap}: ${show(expected)}`);
    await compareWithDatabase(m);
  }
  toString() {
    if ("cap" in this.choice) return `setDailyCap(${this.choice.cap})`;
    const d = this.choice.usedPlus;
    return `setDailyCap(usedToday${d < 0 ? `−${-d}` : `+${d}`})`;
  }
}

type Advance = { by: number } | { toPeriodEnd: number } | { toMidnight: number };

/** Moves the clock: minutes (holds time out), days, or to just before / after the end of the period. */
class AdvanceStep extends BaseStep {
  constructor(readonly advance: Advance) {
    super();
  }
  check() {
    return true;
  }
  async perform(m: LedgerModel) {
    m.begin(this.toString());
    if ("by" in this.advance) m.now += this.advance.by;
    else if ("toMidnight" in this.advance) {
      // The next local midnight (the daily cap's reset), half a second off like the period's end.
      const next = addDays(startOfDay(new TZDate(m.now, m.timeZone)), 1).getTime();
      m.now = next + this.advance.toMidnight * 1000 + Math.sign(this.advance.toMidnight) * 500;
    } else {
      // Half a second off, so the clock never lands on a period's end exactly.
      const offset = this.advance.toPeriodEnd * 1000 + Math.sign(this.advance.toPeriodEnd) * 500;
      let end = periodContaining(m.anchor, new Date(m.now)).end;
      if (end.getTime() + offset <= m.now) end = periodContaining(m.anchor, end).end;
      m.now = end.getTime() + offset;
    }
    m.done(new Date(m.now).toISOString());
    // Nothing in the database changes: nothing to compare.
  }
  toString() {
    if ("toMidnight" in this.advance) {
      const s = this.advance.toMidnight;
      return `advance(to midnight ${s < 0 ? "−" : "+"} ${Math.abs(s)}.5s)`;
    }
    if ("toPeriodEnd" in this.advance) {
      const s = this.advance.toPeriodEnd;
      return `advance(to period end ${s < 0 ? "−" : "+"} ${Math.abs(s)}.5s)`;
    }
    const minutes = Math.round(this.advance.by / MINUTE);
    const days = Math.floor(minutes / 1440);
    const hours = Math.floor((minutes % 1440) / 60);
    return `advance(${[days && `${days}d`, hours && `${hours}h`, minutes % 60 && `${minutes % 60}min`].filter(Boolean).join(" ")})`;
  }
}

/** The reset job / lazy reset on its own. */
class RolloverStep extends BaseStep {
  check() {
    return true;
  }
  async perform(m: LedgerModel) {
    const now = m.begin(this.toString());
    const expected = m.rollover();
    const { rolledOver } = await rolloverIfDue({ userId: m.userId, now });
    same(m, "rolloverIfDue(): rolledOver", rolledOver, expected);
    m.done(expected ? `new period from ${m.period.start.toISOString()}` : "not due");
    await compareWithDatabase(m);
  }
  toString() {
    return "rollover()";
  }
}

class SweepStep extends BaseStep {
  check() {
    return true;
  }
  async perform(m: LedgerModel) {
    const now = m.begin(this.toString());
    const released = m.sweep();
    await releaseExpiredHolds({ now }); // it also sweeps other users' holds; only ours are compared
    m.done(released.length > 0 ? `released ${released.map((h) => h.requestId).join(", ")}` : "nothing expired");
    await compareWithDatabase(m);
  }
  toString() {
    return "sweep()";
  }
}

const pick = fc.nat({ max: 99 });
const finishHow: fc.Arbitrary<Finish> = fc.oneof(
  fc.constant<Finish>({ settle: "all" }),
  fc.integer({ min: 0, max: 100 }).map((pct): Finish => ({ settle: pct })),
  fc.constant<Finish>("release"),
);

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PRICED).map((q) => new HoldStep(q)) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom("room" as const, "dayRoom" as const, "available" as const), fc.constantFrom(-1, 0, 1))
      .map(([edge, delta]) => new EdgeHoldStep(edge, delta)),
  },
  {
    weight: 2,
    arbitrary: fc
      .uniqueArray(fc.constantFrom(...CHAT_MODEL_IDS), { minLength: 2, maxLength: 4 })
      .map((models) => new CouncilStep(models)),
  },
  { weight: 1, arbitrary: pick.map((n) => new RetryStep(n)) },
  { weight: 3, arbitrary: pick.map((n) => new FinishStep("open", n, { settle: "all" })) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(pick, fc.integer({ min: 0, max: 100 }))
      .map(([n, pct]) => new FinishStep("open", n, { settle: pct })),
  },
  { weight: 2, arbitrary: pick.map((n) => new FinishStep("open", n, "release")) },
  { weight: 4, arbitrary: fc.tuple(pick, finishHow).map(([n, how]) => new FinishStep("earlier period", n, how)) },
  { weight: 1, arbitrary: fc.tuple(pick, finishHow).map(([n, how]) => new FinishStep("finished", n, how)) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        fc.constantFrom("PACK" as const, "REFERRAL" as const, "ADJUSTMENT" as const),
        fc.integer({ min: 1, max: 300 }),
        fc.oneof(fc.constant(null), fc.integer({ min: 5 * 365, max: 9 * 365 })),
      )
      .map(([source, amount, days]) => new GrantStep(source, amount, days, null)),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(pick, fc.integer({ min: 1, max: 300 }))
      .map(([n, amount]) => new GrantStep("PACK", amount, null, n)),
  },
  {
    weight: 2,
    arbitrary: fc
      .oneof(
        fc.constant<CapChoice>({ cap: null }),
        fc.integer({ min: 0, max: 300 }).map((cap): CapChoice => ({ cap })),
        fc.integer({ min: -30, max: 30 }).map((usedPlus): CapChoice => ({ usedPlus })),
      )
      .map((choice) => new SetCapStep(choice)),
  },
  {
    weight: 2,
    arbitrary: fc
      .oneof(
        fc.constant<CapChoice>({ cap: null }),
        fc.integer({ min: 0, max: 200 }).map((cap): CapChoice => ({ cap })),
        fc.integer({ min: -30, max: 30 }).map((usedPlus): CapChoice => ({ usedPlus })),
      )
      .map((choice) => new SetDailyCapStep(choice)),
  },
  {
    weight: 5,
    arbitrary: fc.oneof(
      {
        weight: 2,
        arbitrary: fc.integer({ min: 1, max: 30 }).map((minutes) => new AdvanceStep({ by: minutes * MINUTE })),
      },
      {
        weight: 1,
        arbitrary: fc.integer({ min: 60, max: 40 * 1440 }).map((minutes) => new AdvanceStep({ by: minutes * MINUTE })),
      },
      // The bias towards the period's end: requests made just before it, settled or released just after.
      {
        weight: 4,
        arbitrary: fc.integer({ min: -120, max: 120 }).map((s) => new AdvanceStep({ toPeriodEnd: s === 0 ? 1 : s })),
      },
      // And towards local midnight: requests of one day finished on the next.
      {
        weight: 2,
        arbitrary: fc.integer({ min: -120, max: 120 }).map((s) => new AdvanceStep({ toMidnight: s === 0 ? 1 : s })),
      },
    ),
  },
  { weight: 1, arbitrary: fc.constant(new RolloverStep()) },
  { weight: 1, arbitrary: fc.constant(new SweepStep()) },
);

describe("the credit ledger against its model (README rules 1–8)", () => {
  it("agrees with the model after every step of random sequences", { timeout: 180_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.date({ min: new Date("2026-01-01T00:00:00Z"), max: new Date("2026-12-31T23:59:59Z"), noInvalidDate: true }),
        fc.commands([step], { maxCommands: MAX_STEPS, size: "max", replayPath: process.env.TALLY_MODEL_REPLAY_PATH }),
        // Whole-hour, half-hour and 45-minute offsets, with and without DST (Lord Howe moves by 30 minutes).
        fc.constantFrom("UTC", "America/New_York", "Asia/Kolkata", "Asia/Kathmandu", "Australia/Lord_Howe"),
        async (start, steps, timeZone) => {
          let model: LedgerModel | undefined;
          try {
            await fc.asyncModelRun(async () => {
              const user = await makeUser({ now: start });
              await db().user.update({ where: { id: user.id }, data: { timeZone } });
              model = new LedgerModel(user, user.id, timeZone);
              model.current = "0. makeUser()";
              await compareWithDatabase(model);
              return { model, real: { userId: user.id } };
            }, steps);
          } finally {
            // Leave no open hold behind for the next run's sweeper (best effort: the run may have failed).
            for (const h of model?.open() ?? []) {
              await release({
                userId: model!.userId,
                requestId: h.requestId,
                reason: "end of run",
                now: new Date(model!.now + 1),
              }).catch(() => null);
            }
          }
        },
      ),
      {
        numRuns: RUNS,
        seed: process.env.TALLY_MODEL_SEED ? Number(process.env.TALLY_MODEL_SEED) : undefined,
        path: process.env.TALLY_MODEL_PATH,
      },
    );
  });
});

// ---------------------------------------------------------------------------------------------------
// One focused scenario per bug the model found, so each has a plain regression test.
// ---------------------------------------------------------------------------------------------------

describe("the scenarios behind the model's findings", () => {
  const video60 = quote({ kind: "VIDEO", model: "reel", seconds: 4, resolution: "480p" }); // 60
  const image24 = quote({ kind: "IMAGE", model: "aurora", resolution: "1792x1024" }); // 24
  const start = new Date("2026-03-10T09:00:00Z"); // its first period ends 2026-04-10T09:00Z
  const seconds = (date: Date, s: number) => new Date(date.getTime() + s * 1000);

  const bucketsOf = async (userId: string) =>
    Object.fromEntries(
      (await db().creditBucket.findMany({ where: { userId } })).map((bucket) => [bucket.grantKey, bucket.remaining]),
    );
  const entriesOf = async (userId: string, requestId: string) => {
    const buckets = new Map(
      (await db().creditBucket.findMany({ where: { userId } })).map((bucket) => [bucket.id, bucket.grantKey]),
    );
    const entries = await db().ledgerEntry.findMany({
      where: { userId, requestId },
      select: { type: true, bucketId: true, delta: true },
    });
    return entries.map((entry) => `${entry.type} ${buckets.get(entry.bucketId)} ${entry.delta}`).sort();
  };

  it("1. a cap lowered below what is held makes no room beyond the cap when the hold is released (room does not grow back from a clamped 0)", async () => {
    const { id: userId } = await makeUser({ now: start });
    await hold({ userId, requestId: "video", quote: video60, now: start });
    expect((await setSpendCap({ userId, cap: 33, now: start })).capRemaining).toBe(0);
    await release({ userId, requestId: "video", reason: "provider failed", now: start });

    // 100 credits are available, so only the cap can refuse. The release gave back the 60 it had added to
    // `used` (60 → 0), so the room is the cap's 33, not the 0 it was clamped to plus 60.
    expect(await holdOutcome(hold({ userId, requestId: "video again", quote: video60, now: start }))).toBe(
      "SPEND_CAP_REACHED",
    );
    expect(await holdOutcome(hold({ userId, requestId: "34", quote: costing(34), now: start }))).toBe(
      "SPEND_CAP_REACHED",
    );
    expect(await holdOutcome(hold({ userId, requestId: "33", quote: costing(33), now: start }))).toBe("fresh");
    for (const requestId of ["video again", "34", "33"])
      await release({ userId, requestId, reason: "cleanup", now: start });
  });

  it("2. releasing a request of the ended period does not add to the new period's cap room", async () => {
    const user = await makeUser({ now: start });
    const userId = user.id;
    await setSpendCap({ userId, cap: 50, now: start });
    await hold({ userId, requestId: "late", quote: image24, now: seconds(user.periodEnd, -60) });
    expect(await rolloverIfDue({ userId, now: seconds(user.periodEnd, 60) })).toEqual({ rolledOver: true });
    await release({ userId, requestId: "late", reason: "provider failed", now: seconds(user.periodEnd, 120) });

    // The new period's room is the whole cap, 50, not 50 + the 24 given back by last period's request.
    expect(
      await holdOutcome(hold({ userId, requestId: "51", quote: costing(51), now: seconds(user.periodEnd, 180) })),
    ).toBe("SPEND_CAP_REACHED");
    expect(
      await holdOutcome(hold({ userId, requestId: "50", quote: costing(50), now: seconds(user.periodEnd, 180) })),
    ).toBe("fresh");
    await release({ userId, requestId: "51", reason: "cleanup", now: seconds(user.periodEnd, 240) });
    await release({ userId, requestId: "50", reason: "cleanup", now: seconds(user.periodEnd, 240) });
  });

  it.each([
    { packs: false, finish: "release" },
    { packs: true, finish: "release" },
    { packs: false, finish: "settle 10" },
    { packs: true, finish: "settle 10" },
  ] as const)(
    "3. a request in flight across a rollover is charged to, and refunded into, the ended period's allowance, which expires (packs: $packs, $finish)",
    async ({ packs, finish }) => {
      const user = await makeUser({ now: start });
      const userId = user.id;
      const oldAllowance = allowanceGrantKey(start, "FREE");
      const newAllowance = allowanceGrantKey(user.periodEnd, "FREE");
      if (packs) await grant({ userId, source: "PACK", amount: 500, grantKey: "pack:1", now: seconds(start, 1) });
      await hold({ userId, requestId: "late", quote: image24, now: seconds(user.periodEnd, -60) });
      expect(await rolloverIfDue({ userId, now: seconds(user.periodEnd, 60) })).toEqual({ rolledOver: true });
      const after = seconds(user.periodEnd, 120);
      if (finish === "release") await release({ userId, requestId: "late", reason: "provider failed", now: after });
      else await settle({ userId, requestId: "late", result: { text: "ok" }, credits: 10, now: after });

      // The ended period's credits are not spendable next month, and the new allowance is untouched.
      expect(await db().wallet.findUniqueOrThrow({ where: { userId } })).toMatchObject({
        available: ALLOWANCE + (packs ? 500 : 0),
        held: 0,
      });
      expect(await bucketsOf(userId)).toEqual({
        [oldAllowance]: 0,
        [newAllowance]: ALLOWANCE,
        ...(packs ? { "pack:1": 500 } : {}),
      });
      expect(await entriesOf(userId, "late")).toEqual(
        finish === "release"
          ? [`EXPIRE ${oldAllowance} -24`]
          : [`DEBIT ${oldAllowance} -10`, `EXPIRE ${oldAllowance} -14`],
      );
    },
  );

  it("4. setSpendCap answers spent 0, not -0, when nothing was spent", async () => {
    const { id: userId } = await makeUser({ now: start });
    const answer = await setSpendCap({ userId, cap: 50, now: start });
    expect(Object.is(answer.spent, -0)).toBe(false);
    expect(answer).toEqual({ spent: 0, capRemaining: 50 });
  });
});
