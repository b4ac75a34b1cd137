import { randomUUID } from "node:crypto";
import { addDays, addHours } from "date-fns";
import { describe, expect, it } from "vitest";
import { auditLedger, grant, hold, quote, setSpendCap, settle } from "@/lib/credits";
import { db } from "@/lib/db";
import { makeUser } from "@/lib/testing/factories";
import { getRunOutForecast } from "./queries";

/** One settled request of `model` at `at` (sage costs more than one credit a message). */
async function spend(userId: string, at: Date, model: "swift" | "sage" = "sage") {
  const requestId = randomUUID();
  const priced = quote({ kind: "CHAT", model });
  await hold({ userId, requestId, quote: priced, now: at });
  await settle({ userId, requestId, result: { ok: true }, now: at });
  return priced.credits;
}

describe("the run-out forecast's figures", () => {
  it("average the last 7 whole days in the person's time zone: not today, not the day before them", async () => {
    const timeZone = "Asia/Kolkata"; // UTC+5:30: local midnights fall inside UTC hours
    const now = new Date("2027-02-10T12:00:00Z"); // 17:30 on the 10th, local
    const user = await makeUser({ now: addDays(now, -20) });
    await grant({
      userId: user.id,
      source: "PACK",
      amount: 100_000,
      grantKey: `pack:${randomUUID()}`,
      now: addDays(now, -20),
    });
    let inWindow = 0;
    // 18:45Z on the 2nd is 00:15 on the 3rd local: the first day of the window (3rd–9th).
    inWindow += await spend(user.id, new Date("2027-02-02T18:45:00Z"));
    inWindow += await spend(user.id, new Date("2027-02-06T09:00:00Z"));
    inWindow += await spend(user.id, new Date("2027-02-09T18:15:00Z")); // 23:45 on the 9th local: the last day
    await spend(user.id, new Date("2027-02-02T18:15:00Z")); // 23:45 on the 2nd local: before the window
    await spend(user.id, new Date("2027-02-10T06:00:00Z")); // today, local: not a whole day yet
    const forecast = await getRunOutForecast({ userId: user.id, timeZone, now });
    expect(forecast).toMatchObject({ kind: "lasts", days: 7 });
    expect((forecast as { perDay: number }).perDay).toBeCloseTo(inWindow / 7, 10);
    expect(await auditLedger()).toEqual([]);
  });

  it("say there is not enough history for an account younger than three whole days, however much it spent", async () => {
    const now = new Date("2027-02-10T12:00:00Z");
    const user = await makeUser({ now: addDays(now, -3) }); // the 7th: whole days are the 8th and the 9th
    for (let hour = 0; hour < 20; hour += 1)
      await spend(user.id, addHours(new Date("2027-02-08T00:00:00Z"), hour), "swift");
    expect(await getRunOutForecast({ userId: user.id, timeZone: "UTC", now })).toEqual({ kind: "not-enough-history" });
    // A day later it has three, and spent 20 in them: 80 left of its 100 last 12 days at that pace.
    expect(await getRunOutForecast({ userId: user.id, timeZone: "UTC", now: addDays(now, 1) })).toMatchObject({
      kind: "runs-out",
      days: 3,
      runOutDay: "2027-02-23",
      resetDay: "2027-03-07",
      daysBeforeReset: 12,
    });
  });

  it("date the run-out from the balance that can be spent, and suggest what covers the rest", async () => {
    const now = new Date("2027-02-10T12:00:00Z");
    const user = await makeUser({ now: addDays(now, -10) }); // 31 January: resets on 28 February
    let spent = 0;
    for (let day = 1; day <= 7; day += 1)
      for (let i = 0; i < 8; i += 1) spent += await spend(user.id, addHours(addDays(now, -day), i), "swift");
    const forecast = await getRunOutForecast({ userId: user.id, timeZone: "UTC", now });
    // 8 a day, and 100 − 56 = 44 left: 5.5 days, so on the 16th, 12 days before the reset; 18 days need 144.
    expect(spent).toBe(56);
    expect(forecast).toMatchObject({
      kind: "runs-out",
      perDay: 8,
      runOutDay: "2027-02-16",
      resetDay: "2027-02-28",
      daysBeforeReset: 12,
      gap: 100,
      suggestion: { kind: "pack", packId: "pack-500" },
    });
  });

  it("count against the monthly spending limit when it leaves less than the balance", async () => {
    const now = new Date("2027-02-10T12:00:00Z");
    const user = await makeUser({ now: addDays(now, -10) });
    await grant({
      userId: user.id,
      source: "PACK",
      amount: 5_000,
      grantKey: `pack:${randomUUID()}`,
      now: user.createdAt,
    });
    for (let day = 1; day <= 7; day += 1)
      for (let i = 0; i < 5; i += 1) await spend(user.id, addHours(addDays(now, -day), i), "swift");
    await setSpendCap({ userId: user.id, cap: 50, now }); // 35 spent this period: 15 more, 3 days at 5 a day
    expect(await getRunOutForecast({ userId: user.id, timeZone: "UTC", now })).toMatchObject({
      kind: "runs-out",
      limitedBy: "cap",
      runOutDay: "2027-02-13",
      suggestion: { kind: "raise-cap" },
    });
  });

  it("have no reset to count to while the period's allowance waits (its end already past)", async () => {
    const now = new Date("2027-02-10T12:00:00Z");
    const user = await makeUser({ now: addDays(now, -20) });
    await db().user.update({ where: { id: user.id }, data: { periodEnd: addDays(now, -1) } });
    expect(await getRunOutForecast({ userId: user.id, timeZone: "UTC", now })).toEqual({ kind: "no-reset" });
  });
});
