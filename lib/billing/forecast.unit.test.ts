import { describe, expect, it } from "vitest";
import { forecastRunOut, suggestionFor } from "./forecast";

const base = {
  plan: "FREE" as const,
  timeZone: "UTC",
  now: new Date("2027-01-10T12:00:00Z"),
  resetAt: new Date("2027-01-20T00:00:00Z"),
};

describe("the run-out forecast", () => {
  it("waits for three whole days of history before it says anything", () => {
    expect(forecastRunOut({ ...base, dailySpend: [40, 60], available: 10 })).toEqual({ kind: "not-enough-history" });
    expect(forecastRunOut({ ...base, dailySpend: [0, 0, 0], available: 10 }).kind).toBe("lasts");
  });

  it("says the balance lasts past the reset when nothing was spent, or the pace leaves enough", () => {
    expect(forecastRunOut({ ...base, dailySpend: [0, 0, 0, 0, 0, 0, 0], available: 0 })).toEqual({
      kind: "lasts",
      perDay: 0,
      days: 7,
      resetDay: "2027-01-20",
    });
    // 10 a day for 9.5 days to the reset needs 95: 100 is enough.
    expect(forecastRunOut({ ...base, dailySpend: Array(7).fill(10), available: 100 }).kind).toBe("lasts");
  });

  it("dates the run-out at the recent pace, counts the days before the reset, and prices the gap", () => {
    // 70 a day; 175 available lasts 2.5 days from noon on the 10th: the 13th, 7 days before the 20th.
    const forecast = forecastRunOut({ ...base, dailySpend: [70, 0, 140, 70, 70, 70, 70], available: 175 });
    expect(forecast).toMatchObject({
      kind: "runs-out",
      perDay: 70,
      runOutDay: "2027-01-13",
      resetDay: "2027-01-20",
      daysBeforeReset: 7,
      gap: 490, // 9.5 days × 70 = 665, less the 175 there are
      suggestion: { kind: "pack", packId: "pack-500", credits: 500, priceCents: 699 },
    });
  });

  it("counts a pack bought during the week in the balance, never in the pace", () => {
    const pace = [50, 50, 50, 50, 50, 50, 50];
    const before = forecastRunOut({ ...base, dailySpend: pace, available: 100 });
    const after = forecastRunOut({ ...base, dailySpend: pace, available: 600 }); // a 500-credit pack came in
    expect(before).toMatchObject({ kind: "runs-out", perDay: 50, runOutDay: "2027-01-12" });
    expect(after).toMatchObject({ kind: "lasts", perDay: 50 });
  });

  it("reads days in the person's time zone, across a daylight-saving change", () => {
    // New York springs forward on 14 March 2027. 23:30 on the 13th there is 04:30Z on the 14th.
    const forecast = forecastRunOut({
      dailySpend: Array(7).fill(24),
      available: 25, // lasts 25 hours: into the 15th, local
      plan: "STARTER",
      timeZone: "America/New_York",
      now: new Date("2027-03-14T04:30:00Z"),
      resetAt: new Date("2027-03-20T04:00:00Z"), // midnight on the 20th, local
    });
    expect(forecast).toMatchObject({
      kind: "runs-out",
      runOutDay: "2027-03-15",
      resetDay: "2027-03-20",
      daysBeforeReset: 5,
    });
    // The same instant in Tokyo is already the 14th: the run-out is on the 15th there too, at 14:30.
    expect(
      forecastRunOut({
        dailySpend: Array(7).fill(24),
        available: 25,
        plan: "STARTER",
        timeZone: "Asia/Tokyo",
        now: new Date("2027-03-14T04:30:00Z"),
        resetAt: new Date("2027-03-20T04:00:00Z"),
      }),
    ).toMatchObject({ runOutDay: "2027-03-15", resetDay: "2027-03-20" });
  });

  it("suggests the smallest pack that covers the gap, else a plan that covers a month, else the biggest pack", () => {
    expect(suggestionFor(1, 10, "FREE")).toMatchObject({ kind: "pack", packId: "pack-500" });
    expect(suggestionFor(501, 10, "FREE")).toMatchObject({ kind: "pack", packId: "pack-1500" });
    expect(suggestionFor(5_000, 10, "FREE")).toMatchObject({ kind: "pack", packId: "pack-5000" });
    expect(suggestionFor(6_000, 80, "FREE")).toMatchObject({ kind: "plan", plan: "PRO", credits: 2_500 });
    expect(suggestionFor(6_000, 30, "STARTER")).toMatchObject({ kind: "plan", plan: "PRO" });
    expect(suggestionFor(6_000, 300, "PRO")).toMatchObject({ kind: "pack", packId: "pack-5000" });
  });
});
