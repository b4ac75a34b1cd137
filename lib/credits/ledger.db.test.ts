import { randomUUID } from "node:crypto";
import { addDays, addMonths } from "date-fns";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { makeUser } from "@/lib/testing/factories";
import {
  allowanceGrantKey,
  grant,
  hold,
  quote,
  release,
  releaseExpiredHolds,
  replay,
  rolloverAllDue,
  rolloverIfDue,
  settle,
} from "@/lib/credits";

const swift = quote({ kind: "CHAT", model: "swift" }); // 1 credit
const oracle = quote({ kind: "CHAT", model: "oracle" }); // 15 credits

const wallet = (userId: string) => db().wallet.findUniqueOrThrow({ where: { userId } });
const rid = () => randomUUID();

async function charge(userId: string, q = swift, requestId = rid(), now = new Date()) {
  const held = await hold({ userId, requestId, quote: q, now });
  await settle({ userId, requestId, result: { text: "ok" }, now });
  return held;
}

describe("a new account", () => {
  it("starts on Free with 100 allowance credits that expire at the end of the period", async () => {
    const user = await makeUser();
    expect(await wallet(user.id)).toMatchObject({ available: 100, held: 0 });
    const [bucket] = await db().creditBucket.findMany({ where: { userId: user.id } });
    expect(bucket).toMatchObject({ source: "PLAN_ALLOWANCE", granted: 100, remaining: 100, expiresAt: user.periodEnd });
    expect(await db().ledgerEntry.findMany({ where: { userId: user.id } })).toMatchObject([
      { type: "GRANT", delta: 100, balanceAfter: 100 },
    ]);
  });
});

describe("hold", () => {
  it("lets exactly the affordable number of 100 concurrent holds through, never below zero", async () => {
    const user = await makeUser(); // 100 credits; oracle costs 15 → 6 fit
    const outcomes = await Promise.allSettled(
      Array.from({ length: 100 }, () => hold({ userId: user.id, requestId: rid(), quote: oracle })),
    );
    const won = outcomes.filter((o) => o.status === "fulfilled");
    const refused = outcomes.filter((o) => o.status === "rejected");
    expect(won).toHaveLength(6);
    expect(refused).toHaveLength(94);
    for (const o of refused)
      expect((o as PromiseRejectedResult).reason).toMatchObject({ code: "INSUFFICIENT_CREDITS" });
    expect(await wallet(user.id)).toMatchObject({ available: 10, held: 90 });
    await Promise.all(
      won.map((o) =>
        settle({
          userId: user.id,
          requestId: (o as PromiseFulfilledResult<{ hold: { requestId: string } }>).value.hold.requestId,
          result: null,
        }),
      ),
    );
    expect(await wallet(user.id)).toMatchObject({ available: 10, held: 0 });
  });

  it("says how many credits are missing and charges nothing", async () => {
    const user = await makeUser();
    await charge(user.id, oracle);
    for (let i = 0; i < 5; i += 1) await charge(user.id, oracle); // 90 spent, 10 left
    const refusal = await hold({ userId: user.id, requestId: rid(), quote: oracle }).catch((e: AppError) => e);
    expect(refusal).toBeInstanceOf(AppError);
    expect(refusal).toMatchObject({
      code: "INSUFFICIENT_CREDITS",
      details: { required: 15, available: 10, missing: 5 },
    });
    expect(await wallet(user.id)).toMatchObject({ available: 10, held: 0 });
    expect(await db().hold.count({ where: { userId: user.id } })).toBe(6);
  });

  it("charges a retried request id once, even when the retries race", async () => {
    const user = await makeUser();
    const requestId = rid();
    const attempts = await Promise.all(
      Array.from({ length: 10 }, () => hold({ userId: user.id, requestId, quote: oracle })),
    );
    expect(attempts.filter((a) => a.fresh)).toHaveLength(1);
    expect(new Set(attempts.map((a) => a.hold.id)).size).toBe(1);
    await settle({ userId: user.id, requestId, result: { text: "first answer" } });
    const retry = await hold({ userId: user.id, requestId, quote: oracle });
    expect(retry).toMatchObject({
      fresh: false,
      hold: { status: "SETTLED", result: JSON.stringify({ text: "first answer" }) },
    });
    expect(await wallet(user.id)).toMatchObject({ available: 85, held: 0 });
  });

  it("replays a retry after the balance ran out instead of refusing it", async () => {
    const user = await makeUser();
    const requestId = rid();
    await hold({ userId: user.id, requestId, quote: oracle });
    await settle({ userId: user.id, requestId, result: { text: "paid answer" } });
    for (let i = 0; i < 5; i += 1) await charge(user.id, oracle); // 10 left, less than oracle costs
    const retry = await hold({ userId: user.id, requestId, quote: oracle });
    expect(retry).toMatchObject({
      fresh: false,
      hold: { status: "SETTLED", result: JSON.stringify({ text: "paid answer" }) },
    });
    expect(await wallet(user.id)).toMatchObject({ available: 10, held: 0 });
  });

  it("lets a retry race the first attempt's settle without deadlocking", async () => {
    const user = await makeUser();
    for (let i = 0; i < 20; i += 1) {
      const requestId = rid();
      await hold({ userId: user.id, requestId, quote: swift });
      const [, retry] = await Promise.all([
        settle({ userId: user.id, requestId, result: i }),
        hold({ userId: user.id, requestId, quote: swift }),
      ]);
      expect(retry.fresh).toBe(false);
    }
    expect(await wallet(user.id)).toMatchObject({ available: 80, held: 0 });
  });

  it("scopes request ids to their user", async () => {
    const [a, b] = [await makeUser(), await makeUser()];
    const requestId = rid();
    await charge(a.id, swift, requestId);
    const other = await hold({ userId: b.id, requestId, quote: swift });
    expect(other.fresh).toBe(true);
    await release({ userId: b.id, requestId, reason: "not needed" });
  });
});

describe("settle and release", () => {
  it("settle moves held credits out with ledger entries, a usage event and the rollup", async () => {
    const user = await makeUser();
    const requestId = rid();
    await hold({ userId: user.id, requestId, quote: oracle });
    expect(await wallet(user.id)).toMatchObject({ available: 85, held: 15 });
    const settled = await settle({ userId: user.id, requestId, result: { text: "hi" } });
    expect(settled?.status).toBe("SETTLED");
    expect(await wallet(user.id)).toMatchObject({ available: 85, held: 0 });
    expect(await db().ledgerEntry.findMany({ where: { userId: user.id, requestId } })).toMatchObject([
      { type: "DEBIT", delta: -15, balanceAfter: 85 },
    ]);
    expect(await db().usageEvent.findMany({ where: { userId: user.id } })).toMatchObject([
      { requestId, model: "oracle", kind: "CHAT", credits: 15, status: "SUCCEEDED" },
    ]);
    expect(await db().usageHourly.findMany({ where: { userId: user.id } })).toMatchObject([
      { model: "oracle", requests: 1, refunded: 0, credits: 15 },
    ]);
  });

  it("settling twice, or releasing after settling, changes nothing", async () => {
    const user = await makeUser();
    const requestId = rid();
    await hold({ userId: user.id, requestId, quote: oracle });
    const results = await Promise.all([
      settle({ userId: user.id, requestId, result: 1 }),
      settle({ userId: user.id, requestId, result: 2 }),
      release({ userId: user.id, requestId, reason: "late failure" }),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await settle({ userId: user.id, requestId, result: 3 })).toBeNull();
    expect(await release({ userId: user.id, requestId, reason: "again" })).toBeNull();
    expect(await db().usageEvent.count({ where: { userId: user.id } })).toBe(1);
    const w = await wallet(user.id);
    expect(w.held).toBe(0);
    expect([85, 100]).toContain(w.available);
  });

  it("release gives every credit back and records a refunded request", async () => {
    const user = await makeUser();
    const requestId = rid();
    await hold({ userId: user.id, requestId, quote: oracle });
    expect(await release({ userId: user.id, requestId, reason: "provider down" })).toMatchObject({
      status: "RELEASED",
    });
    expect(await release({ userId: user.id, requestId, reason: "provider down" })).toBeNull();
    expect(await settle({ userId: user.id, requestId, result: "too late" })).toBeNull();
    expect(await wallet(user.id)).toMatchObject({ available: 100, held: 0 });
    expect(await db().ledgerEntry.count({ where: { userId: user.id, requestId } })).toBe(0);
    expect(await db().usageEvent.findFirst({ where: { requestId } })).toMatchObject({
      status: "FAILED_REFUNDED",
      credits: 0,
    });
    expect(await db().usageHourly.findFirst({ where: { userId: user.id } })).toMatchObject({
      requests: 1,
      refunded: 1,
      credits: 0,
    });
  });

  it("settles for less than was held and returns the difference", async () => {
    const user = await makeUser();
    const requestId = rid();
    await hold({ userId: user.id, requestId, quote: oracle });
    await settle({ userId: user.id, requestId, result: null, credits: 4 });
    expect(await wallet(user.id)).toMatchObject({ available: 96, held: 0 });
  });

  it("refuses to settle for more than was held", async () => {
    const user = await makeUser();
    const requestId = rid();
    await hold({ userId: user.id, requestId, quote: swift });
    await expect(settle({ userId: user.id, requestId, result: null, credits: 2 })).rejects.toThrow(/ledger invariant/);
    expect(await db().hold.findFirst({ where: { requestId } })).toMatchObject({ status: "HELD" });
    await release({ userId: user.id, requestId, reason: "cleanup" });
  });
});

describe("bucket consumption order", () => {
  it("spends the allowance first, then referral credits, then packs", async () => {
    const user = await makeUser();
    await grant({ userId: user.id, source: "PACK", amount: 50, grantKey: "pack:test-1" });
    await grant({ userId: user.id, source: "REFERRAL", amount: 20, grantKey: "referral:friend" });
    const remaining = async () =>
      Object.fromEntries(
        (await db().creditBucket.findMany({ where: { userId: user.id } })).map((b) => [b.source, b.remaining]),
      );

    for (let i = 0; i < 6; i += 1) await charge(user.id, oracle); // 90
    expect(await remaining()).toEqual({ PLAN_ALLOWANCE: 10, REFERRAL: 20, PACK: 50 });
    await charge(user.id, oracle); // 15 = 10 allowance + 5 referral, two ledger entries
    expect(await remaining()).toEqual({ PLAN_ALLOWANCE: 0, REFERRAL: 15, PACK: 50 });
    await charge(user.id, oracle); // 15 referral
    await charge(user.id, oracle); // 15 pack
    expect(await remaining()).toEqual({ PLAN_ALLOWANCE: 0, REFERRAL: 0, PACK: 35 });
    expect(await wallet(user.id)).toMatchObject({ available: 35 });
  });

  it("settles concurrent charges across many small buckets without overdrawing or skipping one", async () => {
    const user = await makeUser(); // 100 allowance
    for (let i = 0; i < 10; i += 1)
      await grant({ userId: user.id, source: "PACK", amount: 7, grantKey: `pack:small-${i}` });
    const held = await Promise.all(
      Array.from({ length: 11 }, () => hold({ userId: user.id, requestId: rid(), quote: oracle })),
    ); // 165 of 170
    // Settling at once makes charges find their bucket emptied by a neighbour and spread over the next ones.
    await Promise.all(held.map(({ hold: h }) => settle({ userId: user.id, requestId: h.requestId, result: null })));
    expect(await wallet(user.id)).toMatchObject({ available: 5, held: 0 });
    const buckets = await db().creditBucket.findMany({ where: { userId: user.id }, orderBy: { createdAt: "asc" } });
    expect(buckets.reduce((sum, b) => sum + b.remaining, 0)).toBe(5);
    const debits = await db().ledgerEntry.groupBy({
      by: ["requestId"],
      where: { userId: user.id, type: "DEBIT" },
      _sum: { delta: true },
    });
    expect(debits).toHaveLength(11);
    for (const debit of debits) expect(debit._sum.delta).toBe(-15);
  });

  it("grants the same key once, even concurrently", async () => {
    const user = await makeUser();
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        grant({ userId: user.id, source: "PACK", amount: 500, grantKey: "pack:cs_same" }),
      ),
    );
    expect(results.filter((r) => r.granted)).toHaveLength(1);
    expect(await wallet(user.id)).toMatchObject({ available: 600 });
  });
});

describe("period rollover", () => {
  it("expires the unused allowance, grants the new one and keeps packs", async () => {
    const start = new Date("2026-01-31T10:00:00Z");
    const user = await makeUser({ now: start });
    await grant({ userId: user.id, source: "PACK", amount: 500, grantKey: "pack:keep", now: start });
    await charge(user.id, oracle, rid(), addDays(start, 1)); // 85 allowance left

    expect(await rolloverIfDue({ userId: user.id, now: addDays(start, 10) })).toEqual({ rolledOver: false });
    const afterEnd = new Date("2026-03-01T00:00:00Z"); // Feb has 28 days: period 2 began Feb 28
    expect(await rolloverIfDue({ userId: user.id, now: afterEnd })).toEqual({ rolledOver: true });
    expect(await rolloverIfDue({ userId: user.id, now: afterEnd })).toEqual({ rolledOver: false });

    const buckets = await db().creditBucket.findMany({ where: { userId: user.id }, orderBy: { createdAt: "asc" } });
    expect(buckets.map((b) => [b.source, b.remaining])).toEqual([
      ["PLAN_ALLOWANCE", 0],
      ["PACK", 500],
      ["PLAN_ALLOWANCE", 100],
    ]);
    expect(await wallet(user.id)).toMatchObject({ available: 600 });
    expect(await db().ledgerEntry.findFirst({ where: { userId: user.id, type: "EXPIRE" } })).toMatchObject({
      delta: -85,
    });
    const refreshed = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(refreshed.periodStart.toISOString()).toBe("2026-02-28T10:00:00.000Z");
    expect(refreshed.periodEnd.toISOString()).toBe("2026-03-31T10:00:00.000Z");
  });

  it("happens once when many instances see the new period at the same moment", async () => {
    const start = new Date("2026-05-01T00:00:00Z");
    const user = await makeUser({ now: start });
    const now = addMonths(start, 1);
    // The scheduled job also runs, and may roll over other test users whose periods ended.
    await Promise.all([
      ...Array.from({ length: 5 }, () => rolloverIfDue({ userId: user.id, now })),
      rolloverAllDue({ now }),
    ]);
    expect(await db().creditBucket.count({ where: { userId: user.id, source: "PLAN_ALLOWANCE" } })).toBe(2);
    expect(await db().ledgerEntry.count({ where: { userId: user.id, type: "GRANT" } })).toBe(2);
    expect(await wallet(user.id)).toMatchObject({ available: 100 });
  });

  it("spares credits reserved by a request still in flight", async () => {
    const start = new Date("2026-06-01T00:00:00Z");
    const user = await makeUser({ now: start });
    const requestId = rid();
    const late = addDays(start, 30);
    await hold({ userId: user.id, requestId, quote: oracle, now: late });
    await rolloverIfDue({ userId: user.id, now: addMonths(start, 1) });
    expect(await wallet(user.id)).toMatchObject({ available: 100, held: 15 });
    await settle({ userId: user.id, requestId, result: null, now: addMonths(start, 1) });
    const old = await db().creditBucket.findFirstOrThrow({
      where: { userId: user.id, grantKey: allowanceGrantKey(start, "FREE") },
    });
    expect(old.remaining).toBe(0);
    expect(await wallet(user.id)).toMatchObject({ available: 100, held: 0 });
  });
});

describe("hold sweeper", () => {
  it("releases holds left by a crashed request after their TTL, once", async () => {
    const user = await makeUser();
    const t0 = new Date();
    await hold({ userId: user.id, requestId: rid(), quote: oracle, now: t0 });
    await hold({ userId: user.id, requestId: rid(), quote: swift, now: t0 });
    expect(await releaseExpiredHolds({ now: addDays(t0, 0) })).toBe(0);
    const later = new Date(t0.getTime() + 60 * 60_000);
    await Promise.all([releaseExpiredHolds({ now: later }), releaseExpiredHolds({ now: later })]);
    expect(await db().hold.count({ where: { userId: user.id, status: "RELEASED" } })).toBe(2);
    expect(await wallet(user.id)).toMatchObject({ available: 100, held: 0 });
    expect(await db().usageEvent.count({ where: { userId: user.id, status: "FAILED_REFUNDED" } })).toBe(2);
  });
});

describe("the database itself", () => {
  it("refuses a negative balance or an overdrawn bucket even if code tried to write one", async () => {
    const user = await makeUser();
    await expect(db().wallet.update({ where: { userId: user.id }, data: { available: -1 } })).rejects.toThrow();
    const bucket = await db().creditBucket.findFirstOrThrow({ where: { userId: user.id } });
    await expect(db().creditBucket.update({ where: { id: bucket.id }, data: { remaining: -5 } })).rejects.toThrow();
    await expect(
      db().creditBucket.update({ where: { id: bucket.id }, data: { remaining: bucket.granted + 1 } }),
    ).rejects.toThrow();
  });
});

describe("a request in flight at a reset is charged, or refunded, as of its hold", () => {
  async function inFlightAtReset() {
    const start = new Date("2026-07-01T00:00:00Z");
    const user = await makeUser({ now: start });
    await grant({ userId: user.id, source: "PACK", amount: 500, grantKey: "pack:kept", now: start });
    const requestId = rid();
    const periodEnd = addMonths(start, 1);
    await hold({ userId: user.id, requestId, quote: oracle, now: new Date(periodEnd.getTime() - 60_000) });
    await rolloverIfDue({ userId: user.id, now: periodEnd });
    const byKey = async () =>
      Object.fromEntries(
        (await db().creditBucket.findMany({ where: { userId: user.id } })).map((b) => [b.grantKey, b.remaining]),
      );
    return {
      user,
      requestId,
      periodEnd,
      byKey,
      oldKey: allowanceGrantKey(start, "FREE"),
      newKey: allowanceGrantKey(periodEnd, "FREE"),
    };
  }

  it("a success is paid from the old allowance it reserved, whether or not the person has packs", async () => {
    const { user, requestId, periodEnd, byKey, oldKey, newKey } = await inFlightAtReset();
    await settle({ userId: user.id, requestId, result: null, now: periodEnd });
    expect(await byKey()).toEqual({ [oldKey]: 0, "pack:kept": 500, [newKey]: 100 });
    const [debit] = await db().ledgerEntry.findMany({ where: { userId: user.id, requestId } });
    expect(debit).toMatchObject({ type: "DEBIT", delta: -15 });
    expect((await db().creditBucket.findUniqueOrThrow({ where: { id: debit!.bucketId } })).grantKey).toBe(oldKey);
    expect(await wallet(user.id)).toMatchObject({ available: 600, held: 0 });
  });

  it("a failure gives back nothing spendable: the old allowance's credits expire with it", async () => {
    const { user, requestId, periodEnd, byKey, oldKey, newKey } = await inFlightAtReset();
    await release({ userId: user.id, requestId, reason: "provider down", now: periodEnd });
    expect(await wallet(user.id)).toMatchObject({ available: 600, held: 0 });
    expect(await byKey()).toEqual({ [oldKey]: 0, "pack:kept": 500, [newKey]: 100 });
    expect(await db().ledgerEntry.findMany({ where: { userId: user.id, requestId } })).toMatchObject([
      { type: "EXPIRE", delta: -15, balanceAfter: 600 },
    ]);
    expect(await db().usageEvent.findFirst({ where: { requestId } })).toMatchObject({
      status: "FAILED_REFUNDED",
      credits: 0,
    });
  });

  it("a partial charge takes what it used from the old allowance and lets the rest expire", async () => {
    const { user, requestId, periodEnd, byKey, oldKey, newKey } = await inFlightAtReset();
    await settle({ userId: user.id, requestId, result: null, credits: 5, now: periodEnd });
    expect(await wallet(user.id)).toMatchObject({ available: 600, held: 0 });
    expect(await byKey()).toEqual({ [oldKey]: 0, "pack:kept": 500, [newKey]: 100 });
    const entries = await db().ledgerEntry.findMany({
      where: { userId: user.id, requestId },
      orderBy: { balanceAfter: "desc" },
    });
    expect(entries).toMatchObject([
      { type: "DEBIT", delta: -5, balanceAfter: 610 },
      { type: "EXPIRE", delta: -10, balanceAfter: 600 },
    ]);
  });

  it("a failure within the period gives the credits back to the bucket they came from", async () => {
    const user = await makeUser();
    await grant({ userId: user.id, source: "PACK", amount: 10, grantKey: "pack:small" });
    const requestId = rid();
    await hold({ userId: user.id, requestId, quote: quote({ kind: "CHAT", model: "oracle" }) }); // 15 from the allowance
    for (let i = 0; i < 85; i += 1) await charge(user.id, swift); // the rest of the allowance, then nothing from the pack
    await release({ userId: user.id, requestId, reason: "provider down" });
    const remaining = Object.fromEntries(
      (await db().creditBucket.findMany({ where: { userId: user.id } })).map((b) => [b.source, b.remaining]),
    );
    expect(remaining).toEqual({ PLAN_ALLOWANCE: 15, PACK: 10 });
  });
});

describe("the sweeper and very old holds", () => {
  const DAY = 24 * 60 * 60_000;

  it("settles, releases and sweeps a hold older than 2^31 ms (24.9 days)", async () => {
    const user = await makeUser();
    const t0 = new Date();
    const [settled, released, swept] = [rid(), rid(), rid()];
    for (const requestId of [settled, released, swept])
      await hold({ userId: user.id, requestId, quote: swift, now: t0 });
    const later = new Date(t0.getTime() + 30 * DAY);
    await settle({ userId: user.id, requestId: settled, result: null, now: later });
    await release({ userId: user.id, requestId: released, reason: "late", now: later });
    expect(await releaseExpiredHolds({ now: later })).toBe(1);
    expect(await db().hold.findMany({ where: { userId: user.id }, select: { status: true } })).toHaveLength(3);
    expect(await db().hold.count({ where: { userId: user.id, status: "HELD" } })).toBe(0);
    expect(await db().usageEvent.findFirst({ where: { requestId: settled } })).toMatchObject({
      latencyMs: 2_147_483_647,
    });
  });

  it("logs and skips a hold it cannot release, and releases every other one", async () => {
    const user = await makeUser();
    const t0 = new Date();
    const stuck = rid();
    await hold({ userId: user.id, requestId: stuck, quote: oracle, now: new Date(t0.getTime() - DAY) }); // oldest first
    const others = [rid(), rid(), rid()];
    for (const requestId of others) await hold({ userId: user.id, requestId, quote: swift, now: t0 });
    // Break the oldest hold's allocation so that releasing it fails its ledger checks.
    const { id: stuckId } = await db().hold.findUniqueOrThrow({
      where: { userId_requestId: { userId: user.id, requestId: stuck } },
    });
    const share = await db().holdAllocation.findFirstOrThrow({ where: { holdId: stuckId } });
    await db().holdAllocation.update({
      where: { holdId_bucketId: { holdId: share.holdId, bucketId: share.bucketId } },
      data: { amount: share.amount - 1 },
    });
    const logged = vi.spyOn(log, "error");
    const released = vi.spyOn(log, "info");
    try {
      expect(await releaseExpiredHolds({ now: new Date(t0.getTime() + DAY), batchSize: 2 })).toBe(3);
      expect(logged).toHaveBeenCalledWith(
        expect.objectContaining({ holdId: stuckId, userId: user.id, err: expect.anything() }),
        "sweeper could not release a hold; skipped",
      );
      expect(released.mock.calls.filter(([, message]) => message === "sweeper released an expired hold")).toHaveLength(
        3,
      );
    } finally {
      logged.mockRestore();
      released.mockRestore();
    }
    expect(await db().hold.count({ where: { userId: user.id, status: "RELEASED" } })).toBe(3);
    expect(await db().hold.findUniqueOrThrow({ where: { id: stuckId } })).toMatchObject({ status: "HELD" });
    await db().holdAllocation.update({
      where: { holdId_bucketId: { holdId: share.holdId, bucketId: share.bucketId } },
      data: { amount: share.amount },
    });
    await release({ userId: user.id, requestId: stuck, reason: "repaired" });
  });

  it("tells a retry of a swept request what happened in one sentence", async () => {
    const user = await makeUser();
    const requestId = rid();
    const t0 = new Date();
    await hold({ userId: user.id, requestId, quote: swift, now: t0 });
    await releaseExpiredHolds({ now: new Date(t0.getTime() + DAY) });
    const { hold: swept } = await hold({ userId: user.id, requestId, quote: swift });
    expect(() => replay(swept)).toThrow(/^The request did not finish in time\. You were not charged\.$/);
  });
});
