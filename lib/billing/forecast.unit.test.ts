import { describe, expect, it } from "vitest";
import { forecastRunOut, suggestionFor } from "./forecast";

const base = {
  plan: "FREE" as const,
  capRoom: null,
  timeZone: "UTC",
  now: new Date("2027-01-10T12:00:00Z"),
  resetAt: new Date("2027-01-20T00:00:00Z"),
};
const week = (perDay: number) => Array<number>(7).fill(perDay);

describe("the run-out forecast", () => {
  it("waits for three whole days of history before it says anything", () => {
    expect(forecastRunOut({ ...base, dailySpend: [40, 60], available: 10 })).toEqual({ kind: "not-enough-history" });
    expect(forecastRunOut({ ...base, dailySpend: [0, 0, 0], available: 10 }).kind).toBe("lasts");
  });

  it("has no date to count to while no allowance is due (a reset already past: a payment or an email to come)", () => {
    const stale = { ...base, resetAt: new Date("2027-01-05T00:00:00Z") };
    expect(forecastRunOut({ ...stale, dailySpend: week(10), available: 0 })).toEqual({ kind: "no-reset" });
  });

  it("says the balance lasts past the reset when nothing was spent, or the pace leaves enough", () => {
    expect(forecastRunOut({ ...base, dailySpend: week(0), available: 40 })).toEqual({
      kind: "lasts",
      perDay: 0,
      days: 7,
      resetDay: "2027-01-20",
    });
    // 10 a day for 9.5 days to the reset needs 95: 100 is enough.
    expect(forecastRunOut({ ...base, dailySpend: week(10), available: 100 }).kind).toBe("lasts");
  });

  it("says there is nothing left, rather than that it lasts, when the balance is empty, however little was spent", () => {
    expect(forecastRunOut({ ...base, dailySpend: week(0), available: 0 })).toMatchObject({
      kind: "out",
      limitedBy: "balance",
      suggestion: { kind: "pack", packId: "pack-500" },
    });
    expect(forecastRunOut({ ...base, dailySpend: week(30), available: 0 })).toMatchObject({ kind: "out" });
  });

  it("dates the run-out at the recent pace, counts the days before the reset, and prices the gap", () => {
    // 70 a day; 175 available lasts 2.5 days from noon on the 10th: the 13th, 7 days before the 20th.
    const forecast = forecastRunOut({ ...base, dailySpend: [70, 0, 140, 70, 70, 70, 70], available: 175 });
    expect(forecast).toMatchObject({
      kind: "runs-out",
      limitedBy: "balance",
      perDay: 70,
      runOutDay: "2027-01-13",
      resetDay: "2027-01-20",
      daysBeforeReset: 7,
      gap: 490, // 9.5 days × 70 = 665, less the 175 there are
      suggestion: { kind: "pack", packId: "pack-500", credits: 500, priceCents: 699 },
    });
  });

  it("counts a pack bought during the week in the balance, never in the pace", () => {
    const before = forecastRunOut({ ...base, dailySpend: week(50), available: 100 });
    const after = forecastRunOut({ ...base, dailySpend: week(50), available: 600 }); // a 500-credit pack came in
    expect(before).toMatchObject({ kind: "runs-out", perDay: 50, runOutDay: "2027-01-12" });
    expect(after).toMatchObject({ kind: "lasts", perDay: 50 });
  });

  it("runs out at the monthly spending limit when that comes first, and then suggests raising it, not a pack", () => {
    const forecast = forecastRunOut({ ...base, dailySpend: week(50), available: 5_000, capRoom: 200 });
    expect(forecast).toMatchObject({
      kind: "runs-out",
      limitedBy: "cap",
      runOutDay: "2027-01-14",
      suggestion: { kind: "raise-cap" },
    });
    expect(forecastRunOut({ ...base, dailySpend: week(50), available: 5_000, capRoom: 0 })).toMatchObject({
      kind: "out",
      limitedBy: "cap",
    });
    // A limit with room to spare changes nothing.
    expect(forecastRunOut({ ...base, dailySpend: week(50), available: 100, capRoom: 900 })).toMatchObject({
      limitedBy: "balance",
    });
  });

  it("reads days in the person's time zone, across a daylight-saving change", () => {
    // New York springs forward on 14 March 2027. 23:30 on the 13th there is 04:30Z on the 14th.
    const inZone = (timeZone: string) =>
      forecastRunOut({
        dailySpend: week(24),
        available: 25, // lasts 25 hours
        capRoom: null,
        plan: "STARTER",
        timeZone,
        now: new Date("2027-03-14T04:30:00Z"),
        resetAt: new Date("2027-03-20T04:00:00Z"), // midnight on the 20th in New York
      });
    // 05:30Z on the 15th: 01:30 (daylight time) in New York, 14:30 in Tokyo (no clock change), 05:30 in London.
    expect(inZone("America/New_York")).toMatchObject({
      runOutDay: "2027-03-15",
      resetDay: "2027-03-20",
      daysBeforeReset: 5,
    });
    expect(inZone("Asia/Tokyo")).toMatchObject({ runOutDay: "2027-03-15", resetDay: "2027-03-20" });
    // 22:30 on the 14th in Los Angeles (also just changed), and the reset is 21:00 on the 19th there.
    expect(inZone("America/Los_Angeles")).toMatchObject({ runOutDay: "2027-03-14", resetDay: "2027-03-19" });
  });

  it("suggests whichever covers the gap for less: the smallest covering pack, or an upgrade covering a month", () => {
    const free = { available: 0, plan: "FREE" as const };
    expect(suggestionFor({ ...free, gap: 1, perDay: 10 })).toMatchObject({ kind: "pack", packId: "pack-500" });
    // The 1,500 pack ($17.99) or Starter ($9.99, 1,000 now and a month at 30 a day): Starter.
    expect(suggestionFor({ ...free, gap: 700, perDay: 30 })).toMatchObject({ kind: "plan", plan: "STARTER" });
    // At 50 a day Starter does not last a month; Pro ($19.99) does, but the 1,500 pack costs less.
    expect(suggestionFor({ ...free, gap: 1_200, perDay: 50, available: 200 })).toMatchObject({
      kind: "pack",
      packId: "pack-1500",
    });
    // More than any pack and any plan covers: the biggest pack.
    expect(suggestionFor({ gap: 6_000, perDay: 200, available: 0, plan: "PRO" })).toMatchObject({
      kind: "pack",
      packId: "pack-5000",
    });
  });
});
