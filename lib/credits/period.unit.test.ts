import { describe, expect, it } from "vitest";
import { periodContaining } from "./period";

const iso = (period: { start: Date; end: Date }) => [period.start.toISOString(), period.end.toISOString()];

describe("periodContaining", () => {
  it("counts monthly periods from the anchor", () => {
    const anchor = new Date("2026-01-15T08:00:00Z");
    expect(iso(periodContaining(anchor, new Date("2026-01-15T08:00:00Z")))).toEqual([
      "2026-01-15T08:00:00.000Z",
      "2026-02-15T08:00:00.000Z",
    ]);
    expect(iso(periodContaining(anchor, new Date("2026-02-15T07:59:59Z")))).toEqual([
      "2026-01-15T08:00:00.000Z",
      "2026-02-15T08:00:00.000Z",
    ]);
    expect(iso(periodContaining(anchor, new Date("2026-11-26T00:00:00Z")))).toEqual([
      "2026-11-15T08:00:00.000Z",
      "2026-12-15T08:00:00.000Z",
    ]);
  });

  it("clamps to short months without drifting", () => {
    const anchor = new Date("2026-01-31T00:00:00Z");
    expect(iso(periodContaining(anchor, new Date("2026-03-01T00:00:00Z")))).toEqual([
      "2026-02-28T00:00:00.000Z",
      "2026-03-31T00:00:00.000Z",
    ]);
    expect(iso(periodContaining(anchor, new Date("2026-04-05T00:00:00Z")))).toEqual([
      "2026-03-31T00:00:00.000Z",
      "2026-04-30T00:00:00.000Z",
    ]);
  });
});
