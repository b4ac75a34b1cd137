import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { CHAT_MODELS } from "@/config/pricing";
import { respond } from "@/lib/chat/respond";
import { runCouncil } from "@/lib/council/run";
import { grant, hold, quote, release, rolloverIfDue } from "@/lib/credits";
import { db, type UsageKind } from "@/lib/db";
import { makeUser } from "@/lib/testing/factories";
import { getActivityUsage, getRecentRequests, getRequestDetail } from "./queries";
import { resolveRange } from "./range";
import { fundUser, makeUsage, randomInstants } from "@/lib/testing/usage";

const DAY_MS = 86_400_000;
const now = new Date("2026-06-15T12:00:00Z");

beforeEach(() => {
  process.env.TALLY_LOCAL_AI_DELAY_MS = "0";
  delete process.env.TALLY_FAULTS;
});

async function userWithUsage(count: number, seed: number) {
  const user = await makeUser({ now: new Date(now.getTime() - 60 * DAY_MS) });
  await fundUser(user.id, user.createdAt);
  await makeUsage({
    userId: user.id,
    instants: randomInstants({ from: new Date(now.getTime() - 40 * DAY_MS), to: now, count, seed }),
    seed,
  });
  return user;
}

describe("recent requests", () => {
  it("page through the range newest first, each request exactly once, council runs (same start time) included", async () => {
    const user = await userWithUsage(60, 5);
    const range = resolveRange({ filters: { range: "30d" }, timeZone: "America/New_York", now });
    const filters: { model?: string; kind?: UsageKind }[] = [{}, { kind: "COUNCIL" }, { model: "swift" }];
    for (const filter of filters) {
      const expected = await db().usageEvent.findMany({
        where: { userId: user.id, createdAt: { gte: range.boundaries[0], lt: range.boundaries.at(-1) }, ...filter },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      });
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await getRecentRequests({ userId: user.id, range, ...filter, cursor, limit: 7 });
        expect(page.items.length).toBeLessThanOrEqual(7);
        seen.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen, JSON.stringify(filter)).toEqual(expected.map((event) => event.id));
    }
    const councils = await db().usageEvent.groupBy({
      by: ["groupId"],
      where: { userId: user.id, kind: "COUNCIL" },
      _count: true,
    });
    expect(councils.some((run) => run._count > 1)).toBe(true);
  });
});

describe("a request's detail", () => {
  it("shows a council run's prompt and every model's charge, refunds included, with the ledger entries", async () => {
    const user = await makeUser();
    process.env.TALLY_FAULTS = "atlas:fail";
    const summary = await runCouncil({
      userId: user.id,
      requestId: randomUUID(),
      prompt: "Tea or coffee?",
      models: ["swift", "sage", "atlas"],
    });
    const sage = await db().usageEvent.findFirstOrThrow({ where: { userId: user.id, model: "sage" } });
    const detail = await getRequestDetail({ userId: user.id, id: sage.id });
    expect(detail).toMatchObject({
      request: {
        id: sage.id,
        kind: "COUNCIL",
        model: "sage",
        credits: CHAT_MODELS.sage.creditsPerMessage,
        status: "SUCCEEDED",
        units: { messages: 1 },
      },
      ledger: [{ type: "DEBIT", delta: -CHAT_MODELS.sage.creditsPerMessage, source: "PLAN_ALLOWANCE" }],
      council: {
        runId: summary.runId,
        prompt: "Tea or coffee?",
        answers: [
          { model: "atlas", credits: 0, status: "FAILED_REFUNDED" },
          { model: "sage", credits: CHAT_MODELS.sage.creditsPerMessage, status: "SUCCEEDED" },
          { model: "swift", credits: CHAT_MODELS.swift.creditsPerMessage, status: "SUCCEEDED" },
        ],
      },
    });
    const atlas = await db().usageEvent.findFirstOrThrow({ where: { userId: user.id, model: "atlas" } });
    expect(await getRequestDetail({ userId: user.id, id: atlas.id })).toMatchObject({
      request: { status: "FAILED_REFUNDED", credits: 0 },
      ledger: [],
    });
  });

  it("shows the conversation, and one ledger entry per bucket a charge was split across", async () => {
    const user = await makeUser();
    await grant({ userId: user.id, source: "PACK", amount: 50, grantKey: "pack:detail-test" });
    const first = await respond({ userId: user.id, requestId: randomUUID(), prompt: "Plan a picnic", model: "oracle" });
    for (let i = 0; i < 5; i += 1)
      await respond({
        userId: user.id,
        requestId: randomUUID(),
        prompt: "More",
        model: "oracle",
        conversationId: first.conversationId,
      });
    // 6 × 15 = 90 of the 100 allowance credits spent: the 7th message takes 10 from the allowance and 5 from the pack.
    await respond({
      userId: user.id,
      requestId: randomUUID(),
      prompt: "And dessert?",
      model: "oracle",
      conversationId: first.conversationId,
    });
    const [last] = await db().usageEvent.findMany({
      where: { userId: user.id },
      orderBy: { createdAt: "desc" },
      take: 1,
    });
    const detail = await getRequestDetail({ userId: user.id, id: last!.id });
    expect(detail?.conversation).toEqual({ id: first.conversationId, title: "Plan a picnic", agentName: null });
    expect(detail?.ledger.map(({ source, delta }) => [source, delta])).toEqual([
      ["PLAN_ALLOWANCE", -10],
      ["PACK", -5],
    ]);
    expect(detail?.council).toBeNull();
    expect(detail?.request.latencyMs).toBeGreaterThanOrEqual(0);
  });
});

describe("a request that failed across a reset", () => {
  it("says its refund expired with the last period, and how much", async () => {
    const start = new Date("2026-03-01T00:00:00Z");
    const user = await makeUser({ now: start });
    const requestId = randomUUID();
    const periodEnd = new Date("2026-04-01T00:00:00Z");
    await hold({
      userId: user.id,
      requestId,
      quote: quote({ kind: "CHAT", model: "oracle" }),
      now: new Date(periodEnd.getTime() - 60_000),
    });
    await rolloverIfDue({ userId: user.id, now: periodEnd });
    await release({ userId: user.id, requestId, reason: "provider down", now: periodEnd });
    const event = await db().usageEvent.findFirstOrThrow({ where: { requestId } });
    const detail = await getRequestDetail({ userId: user.id, id: event.id });
    expect(detail).toMatchObject({
      request: { status: "FAILED_REFUNDED", credits: 0 },
      expiredRefund: 15,
      ledger: [{ type: "EXPIRE", delta: -15, source: "PLAN_ALLOWANCE" }],
    });
  });
});

describe("another person's activity", () => {
  it("is never visible: their request ids, ranges and pages return nothing", async () => {
    const owner = await userWithUsage(15, 9);
    const intruder = await makeUser();
    const range = resolveRange({ filters: { range: "90d" }, timeZone: "UTC", now });
    const event = await db().usageEvent.findFirstOrThrow({ where: { userId: owner.id } });

    expect(await getRequestDetail({ userId: intruder.id, id: event.id })).toBeNull();
    expect(await getRequestDetail({ userId: owner.id, id: event.id })).not.toBeNull();
    expect((await getActivityUsage({ userId: intruder.id, range })).totals).toEqual({
      requests: 0,
      refunded: 0,
      credits: 0,
    });
    expect((await getActivityUsage({ userId: owner.id, range })).totals.requests).toBeGreaterThan(0);
    expect(await getRecentRequests({ userId: intruder.id, range })).toEqual({ items: [], nextCursor: null });
    const ownerPage = await getRecentRequests({ userId: owner.id, range, limit: 2 });
    expect(await getRecentRequests({ userId: intruder.id, range, cursor: ownerPage.nextCursor! })).toEqual({
      items: [],
      nextCursor: null,
    });
  });
});
