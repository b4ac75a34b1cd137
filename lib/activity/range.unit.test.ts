import { describe, expect, it } from "vitest";
import { bucketLabels, describeRange, localTimestamps, periodBefore, previousRange, resolveRange } from "./range";

const HOUR_MS = 3_600_000;
const hoursOf = (boundaries: Date[]) =>
  boundaries.slice(1).map((end, i) => (end.getTime() - boundaries[i]!.getTime()) / HOUR_MS);

describe("resolveRange", () => {
  it("makes days 23 hours long when the clocks go forward and 25 when they go back (Berlin)", () => {
    const spring = resolveRange({
      filters: { range: "custom", from: "2026-03-28", to: "2026-03-30" },
      timeZone: "Europe/Berlin",
      now: new Date(),
    });
    expect(spring.boundaries.map((b) => b.toISOString())).toEqual([
      "2026-03-27T23:00:00.000Z",
      "2026-03-28T23:00:00.000Z",
      "2026-03-29T22:00:00.000Z",
      "2026-03-30T22:00:00.000Z",
    ]);
    expect(hoursOf(spring.boundaries)).toEqual([24, 23, 24]);
    const autumn = resolveRange({
      filters: { range: "custom", from: "2026-10-24", to: "2026-10-26" },
      timeZone: "Europe/Berlin",
      now: new Date(),
    });
    expect(hoursOf(autumn.boundaries)).toEqual([24, 25, 24]);
  });

  it("follows New York's changes in a 7-day range ending after them", () => {
    const march = resolveRange({
      filters: { range: "7d" },
      timeZone: "America/New_York",
      now: new Date("2026-03-10T15:00:00Z"),
    });
    expect([march.firstDay, march.lastDay]).toEqual(["2026-03-04", "2026-03-10"]);
    expect(hoursOf(march.boundaries)).toEqual([24, 24, 24, 24, 23, 24, 24]);
    const november = resolveRange({
      filters: { range: "7d" },
      timeZone: "America/New_York",
      now: new Date("2026-11-03T02:00:00Z"),
    });
    expect(november.lastDay).toBe("2026-11-02"); // 21:00 on Nov 2 in New York
    expect(hoursOf(november.boundaries)).toEqual([24, 24, 24, 24, 24, 25, 24]);
  });

  it("starts days at local midnight in zones offset by :30 and :45", () => {
    const kolkata = resolveRange({
      filters: { range: "7d" },
      timeZone: "Asia/Kolkata",
      now: new Date("2026-06-10T20:00:00Z"),
    });
    expect(kolkata.lastDay).toBe("2026-06-11");
    expect(kolkata.boundaries[0]!.toISOString()).toBe("2026-06-04T18:30:00.000Z");
    const kathmandu = resolveRange({
      filters: { range: "custom", from: "2026-06-01", to: "2026-06-01" },
      timeZone: "Asia/Kathmandu",
      now: new Date(),
    });
    expect(kathmandu.boundaries.map((b) => b.toISOString())).toEqual([
      "2026-05-31T18:15:00.000Z",
      "2026-06-01T18:15:00.000Z",
    ]);
  });

  it("gives the last 24 whole UTC hours, the current one included, for 24h", () => {
    const range = resolveRange({
      filters: { range: "24h" },
      timeZone: "Asia/Kolkata",
      now: new Date("2026-06-10T20:42:00Z"),
    });
    expect(range.unit).toBe("hour");
    expect(range.boundaries[0]!.toISOString()).toBe("2026-06-09T21:00:00.000Z");
    expect(range.boundaries.at(-1)!.toISOString()).toBe("2026-06-10T21:00:00.000Z");
    expect(bucketLabels(range)[0]!.label).toBe("02:30");
    expect(describeRange(range)).toBe("Last 24 hours");
  });

  it("has 30 and 90 calendar days for the presets and labels them", () => {
    const now = new Date("2026-11-26T10:00:00Z");
    const month = resolveRange({ filters: { range: "30d" }, timeZone: "UTC", now });
    expect(month.boundaries).toHaveLength(31);
    expect(describeRange(month)).toMatch(/^Oct 28\s–\sNov 26, 2026$/);
    expect(bucketLabels(month).at(-1)).toEqual({ label: "Nov 26", detail: "Thu, Nov 26" });
    expect(resolveRange({ filters: { range: "90d" }, timeZone: "UTC", now }).firstDay).toBe("2026-08-29");
  });
});

describe("localTimestamps", () => {
  it("writes each instant in the zone with the offset in force at that instant", () => {
    const berlin = localTimestamps("Europe/Berlin");
    expect(berlin(new Date("2026-03-29T00:59:59.900Z"))).toBe("2026-03-29T01:59:59+01:00");
    expect(berlin(new Date("2026-03-29T01:00:00.000Z"))).toBe("2026-03-29T03:00:00+02:00");
    expect(localTimestamps("America/St_Johns")(new Date("2026-01-15T12:00:00Z"))).toBe("2026-01-15T08:30:00-03:30");
    expect(localTimestamps("UTC")(new Date("2026-01-15T12:00:00Z"))).toBe("2026-01-15T12:00:00+00:00");
  });
});

describe("previousRange", () => {
  it("is the same number of whole local days just before, a clock change making one of them 23 hours", () => {
    const range = resolveRange({
      filters: { range: "custom", from: "2026-03-30", to: "2026-04-01" },
      timeZone: "Europe/Berlin",
      now: new Date(),
    });
    const before = previousRange(range);
    expect([before.firstDay, before.lastDay]).toEqual(["2026-03-27", "2026-03-29"]);
    expect(before.boundaries.at(-1)).toEqual(range.boundaries[0]);
    expect(hoursOf(before.boundaries)).toEqual([24, 24, 23]);
  });

  it("is cut at the same moment when the range is still running, so a begun day meets a begun day", () => {
    const now = new Date("2026-12-04T10:30:00Z");
    const week = previousRange(resolveRange({ filters: { range: "7d" }, timeZone: "UTC", now }), now);
    expect(week.boundaries[0]).toEqual(new Date("2026-11-21T00:00:00Z"));
    expect(week.boundaries.at(-1)).toEqual(new Date("2026-11-27T10:30:00Z"));
    const range = resolveRange({ filters: { range: "24h" }, timeZone: "UTC", now });
    const before = previousRange(range, now);
    expect(before.boundaries).toHaveLength(25);
    expect(before.boundaries[0]).toEqual(new Date(range.boundaries[0]!.getTime() - 24 * HOUR_MS));
    expect(before.boundaries.at(-1)).toEqual(new Date("2026-12-03T10:30:00Z"));
    expect(periodBefore(range)).toBe("the 24 hours before");
    expect(periodBefore(resolveRange({ filters: { range: "7d" }, timeZone: "UTC", now: new Date() }))).toBe(
      "the 7 days before",
    );
  });
});
