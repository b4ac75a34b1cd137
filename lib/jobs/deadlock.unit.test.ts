import { describe, expect, it, vi } from "vitest";
import { retryOnDeadlock } from "./deadlock";

const deadlock = () => Object.assign(new Error("deadlock detected"), { code: "40P01" });

describe("retryOnDeadlock", () => {
  it("runs the work again when PostgreSQL chose it as a deadlock victim", async () => {
    const work = vi.fn().mockRejectedValueOnce(deadlock()).mockRejectedValueOnce(deadlock()).mockResolvedValue("done");
    expect(await retryOnDeadlock(work, { pauseMs: 1 })).toBe("done");
    expect(work).toHaveBeenCalledTimes(3);
  });

  it("gives up after the last attempt, and never retries another error", async () => {
    const stuck = vi.fn().mockRejectedValue(deadlock());
    await expect(retryOnDeadlock(stuck, { attempts: 3, pauseMs: 1 })).rejects.toMatchObject({ code: "40P01" });
    expect(stuck).toHaveBeenCalledTimes(3);
    const broken = vi.fn().mockRejectedValue(Object.assign(new Error("no such table"), { code: "42P01" }));
    await expect(retryOnDeadlock(broken, { pauseMs: 1 })).rejects.toThrow("no such table");
    expect(broken).toHaveBeenCalledTimes(1);
  });
});
