import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { makeUser } from "@/lib/testing/factories";
import { grant, hold, holdGroup, localDayContaining, quote, release, setDailyCap, settle } from "@/lib/credits";

const swift = quote({ kind: "CHAT", model: "swift" }); // 1 credit
const oracle = quote({ kind: "CHAT", model: "oracle" }); // 15 credits

const rid = () => randomUUID();
const wallet = (userId: string) => db().wallet.findUniqueOrThrow({ where: { userId } });

async function richUser(timeZone = "UTC", now = new Date()) {
  const user = await makeUser({ now });
  await db().user.update({ where: { id: user.id }, data: { timeZone } });
  await grant({ userId: user.id, source: "PACK", amount: 5_000, grantKey: `pack:${rid()}`, now });
  return user;
}

const refusal = (attempt: Promise<unknown>) => attempt.then(() => null).catch((error: AppError) => error);

describe("the daily spend cap", () => {
  it("lets 100 concurrent requests spend at most the cap, never a credit over", async () => {
    const user = await richUser();
    await setDailyCap({ userId: user.id, cap: 100 }); // oracle costs 15 → 6 fit (90)
    const outcomes = await Promise.allSettled(
      Array.from({ length: 100 }, () => hold({ userId: user.id, requestId: rid(), quote: oracle })),
    );
    const won = outcomes.filter((o) => o.status === "fulfilled");
    expect(won).toHaveLength(6);
    for (const o of outcomes)
      if (o.status === "rejected") expect(o.reason).toMatchObject({ code: "DAILY_CAP_REACHED" });
    expect(await wallet(user.id)).toMatchObject({ dayUsed: 90, held: 90 });
    // The last 10 credits of the cap are still there for something that fits.
    const fits = await Promise.allSettled(
      Array.from({ length: 30 }, () => hold({ userId: user.id, requestId: rid(), quote: swift })),
    );
    expect(fits.filter((o) => o.status === "fulfilled")).toHaveLength(10);
    expect(await wallet(user.id)).toMatchObject({ dayUsed: 100, held: 100 });
  });

  it("refuses with what is left today and when it starts again, charging nothing", async () => {
    const now = new Date("2026-06-10T15:00:00Z");
    const user = await richUser("Europe/Berlin", now);
    await setDailyCap({ userId: user.id, cap: 20, now });
    await hold({ userId: user.id, requestId: rid(), quote: oracle, now });
    const before = await wallet(user.id);
    const refused = await refusal(hold({ userId: user.id, requestId: rid(), quote: oracle, now }));
    expect(refused).toMatchObject({
      code: "DAILY_CAP_REACHED",
      details: { required: 15, dayRemaining: 5, resetsAt: "2026-06-10T22:00:00.000Z" }, // midnight in Berlin (CEST)
    });
    expect(refused?.message).toMatch(/allows only 5 more today/);
    expect(await wallet(user.id)).toEqual(before);
    // A Council run is all or nothing under the daily cap too.
    const council = await refusal(
      holdGroup({
        userId: user.id,
        groupId: rid(),
        items: [
          { requestId: rid(), quote: quote({ kind: "COUNCIL", model: "swift" }) }, // 1 + 15 > 5
          { requestId: rid(), quote: quote({ kind: "COUNCIL", model: "oracle" }) },
        ],
        now,
      }),
    );
    expect(council).toMatchObject({ code: "DAILY_CAP_REACHED" });
    expect(await wallet(user.id)).toEqual(before);
  });

  it("starts again at midnight in the person's time zone, not in UTC", async () => {
    const evening = new Date("2026-03-07T22:30:00Z"); // 17:30 in New York
    const user = await richUser("America/New_York", evening);
    await setDailyCap({ userId: user.id, cap: 15, now: evening });
    await hold({ userId: user.id, requestId: rid(), quote: oracle, now: evening });
    // UTC midnight has passed, New York's has not: still the same day there.
    const afterUtcMidnight = new Date("2026-03-08T01:00:00Z");
    expect(
      await refusal(hold({ userId: user.id, requestId: rid(), quote: oracle, now: afterUtcMidnight })),
    ).toMatchObject({ code: "DAILY_CAP_REACHED" });
    const afterLocalMidnight = new Date("2026-03-08T05:00:01Z");
    await hold({ userId: user.id, requestId: rid(), quote: oracle, now: afterLocalMidnight });
    // 8 March is the day New York moves its clocks forward: that day has 23 hours.
    expect(await wallet(user.id)).toMatchObject({
      dayUsed: 15,
      dayStart: new Date("2026-03-08T05:00:00Z"),
      dayEnd: new Date("2026-03-09T04:00:00Z"),
    });
  });

  it("does not count yesterday's request in flight against today, whatever it gives back", async () => {
    const user = await richUser("Asia/Kolkata", new Date("2026-05-01T18:00:00Z"));
    const beforeMidnight = new Date("2026-05-01T18:29:00Z"); // 23:59 in India
    await setDailyCap({ userId: user.id, cap: 30, now: beforeMidnight });
    const late = rid();
    await hold({ userId: user.id, requestId: late, quote: oracle, now: beforeMidnight });
    const afterMidnight = new Date("2026-05-01T18:31:00Z");
    await hold({ userId: user.id, requestId: rid(), quote: oracle, now: afterMidnight });
    await hold({ userId: user.id, requestId: rid(), quote: oracle, now: afterMidnight }); // today: 30 of 30
    await release({ userId: user.id, requestId: late, reason: "model failed", now: afterMidnight });
    // The release gave its credits back to the balance, but no room to today's cap.
    expect(await refusal(hold({ userId: user.id, requestId: rid(), quote: swift, now: afterMidnight }))).toMatchObject({
      code: "DAILY_CAP_REACHED",
      details: { dayRemaining: 0 },
    });
  });

  it("gives back today's room for what a request did not use", async () => {
    const user = await richUser();
    await setDailyCap({ userId: user.id, cap: 15 });
    const first = rid();
    await hold({ userId: user.id, requestId: first, quote: oracle });
    await settle({ userId: user.id, requestId: first, result: null, credits: 5 });
    expect(await wallet(user.id)).toMatchObject({ dayUsed: 5 });
    const second = rid();
    await hold({ userId: user.id, requestId: second, quote: quote({ kind: "CHAT", model: "sage" }) }); // 4
    await release({ userId: user.id, requestId: second, reason: "failed" });
    expect(await setDailyCap({ userId: user.id, cap: 15 })).toMatchObject({ spentToday: 5, dayRemaining: 10 });
  });

  it("counts what was spent earlier today when the cap is set, and lowering it below that leaves no room", async () => {
    const user = await richUser();
    await hold({ userId: user.id, requestId: rid(), quote: oracle }).then(({ hold: held }) =>
      settle({ userId: user.id, requestId: held.requestId, result: null }),
    );
    const inFlight = rid();
    await hold({ userId: user.id, requestId: inFlight, quote: oracle });
    expect(await setDailyCap({ userId: user.id, cap: 20 })).toMatchObject({ spentToday: 15, dayRemaining: 0 });
    await release({ userId: user.id, requestId: inFlight, reason: "failed" });
    // The release gives back its own 15 only: 30 used, 15 after it, 5 of the cap's 20 left.
    expect(await setDailyCap({ userId: user.id, cap: 20 })).toMatchObject({ spentToday: 15, dayRemaining: 5 });
    expect(await setDailyCap({ userId: user.id, cap: null })).toMatchObject({ dayRemaining: null });
    await hold({ userId: user.id, requestId: rid(), quote: oracle }); // no cap: allowed
  });
});

describe("localDayContaining", () => {
  it("is the local calendar day, 23 or 25 hours long across a DST change", () => {
    const spring = localDayContaining(new Date("2026-03-29T12:00:00Z"), "Europe/Berlin");
    expect(spring).toEqual({ start: new Date("2026-03-28T23:00:00Z"), end: new Date("2026-03-29T22:00:00Z") });
    const autumn = localDayContaining(new Date("2026-10-25T12:00:00Z"), "Europe/Berlin");
    expect(autumn).toEqual({ start: new Date("2026-10-24T22:00:00Z"), end: new Date("2026-10-25T23:00:00Z") });
  });
});
