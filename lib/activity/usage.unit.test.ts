import { describe, expect, it } from "vitest";
import { describeChange, percentChange } from "./usage";

describe("the change against the period before", () => {
  it("is a whole percent of what was before, and says so when there was nothing to compare with", () => {
    expect(percentChange(112, 100)).toBe(12);
    expect(percentChange(95, 100)).toBe(-5);
    expect(percentChange(1, 3)).toBe(-67);
    expect(percentChange(5, 0)).toBeNull();
    expect(percentChange(0, 0)).toBe(0);
  });

  it("reads as a person would say it", () => {
    const before = "the 7 days before";
    expect(describeChange(112, 100, before)).toBe("+12 % vs the 7 days before");
    expect(describeChange(0, 40, before)).toBe("−100 % vs the 7 days before");
    expect(describeChange(2_600, 100, before)).toBe("+2,500 % vs the 7 days before");
    expect(describeChange(40, 40, before)).toBe("same as the 7 days before");
    expect(describeChange(7, 0, before)).toBe("up from 0 in the 7 days before");
    expect(describeChange(0, 0, before)).toBeNull();
    // An average: nothing charged before, or nothing now.
    expect(describeChange(4.5, null, before)).toBe("none in the 7 days before");
    expect(describeChange(null, 4.5, before)).toBeNull();
  });
});
