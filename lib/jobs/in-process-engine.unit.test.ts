import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { inProcessEngine } from "./in-process-engine";
import { QUEUES, retryDelayMs, type JobHandlers } from "./queues";

const idle = (): JobHandlers => ({
  "email.deliver": vi.fn(async () => undefined),
  "email.relay": vi.fn(async () => undefined),
  "holds.sweep": vi.fn(async () => undefined),
  "plans.free-reset": vi.fn(async () => undefined),
  "affiliate.approve": vi.fn(async () => undefined),
  "affiliate.transfer": vi.fn(async () => undefined),
});

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date("2026-12-03T10:00:30Z"));
  vi.spyOn(Math, "random").mockReturnValue(0);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("the in-process job engine", () => {
  it("retries a failing job with pg-boss's doubling backoff, then stops after the queue's retry limit", async () => {
    const engine = inProcessEngine();
    const handlers = idle();
    const deliver = vi.fn(async () => {
      throw new Error("SMTP down");
    });
    handlers["email.deliver"] = deliver;
    await engine.work(handlers);
    await engine.send("email.deliver", { outboxId: "e1" });
    await vi.advanceTimersByTimeAsync(0);
    expect(deliver).toHaveBeenCalledTimes(1);
    // 30 s, 60 s, 120 s … with no jitter (random 0): each retry waits twice as long as the one before.
    let waited = 0;
    for (let retry = 0; retry < QUEUES["email.deliver"].retryLimit; retry++) {
      const wait = retryDelayMs("email.deliver", retry);
      expect(wait).toBe(30_000 * 2 ** retry);
      await vi.advanceTimersByTimeAsync(wait - 1);
      expect(deliver).toHaveBeenCalledTimes(retry + 1);
      await vi.advanceTimersByTimeAsync(1);
      expect(deliver).toHaveBeenCalledTimes(retry + 2);
      waited += wait;
    }
    await vi.advanceTimersByTimeAsync(3 * 3_600_000);
    expect(deliver).toHaveBeenCalledTimes(QUEUES["email.deliver"].retryLimit + 1);
    expect(waited).toBe(30_000 * (2 ** QUEUES["email.deliver"].retryLimit - 1));
    await engine.stop();
  });

  it("a job that succeeds on a retry runs no more", async () => {
    const engine = inProcessEngine();
    const handlers = idle();
    const deliver = vi.fn().mockRejectedValueOnce(new Error("busy")).mockResolvedValue("sent");
    handlers["email.deliver"] = deliver;
    await engine.work(handlers);
    await engine.send("email.deliver", { outboxId: "e2" });
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(deliver).toHaveBeenCalledTimes(2);
    expect(deliver).toHaveBeenCalledWith({ outboxId: "e2" });
    await engine.stop();
  });

  it("runs the schedules on their cron ticks: the sweeper and relay every minute, the Free reset every 15 minutes, affiliate approval hourly", async () => {
    const engine = inProcessEngine();
    const handlers = idle();
    await engine.work(handlers);
    await vi.advanceTimersByTimeAsync(29_999);
    expect(handlers["holds.sweep"]).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1); // 10:01:00
    expect(handlers["holds.sweep"]).toHaveBeenCalledTimes(1);
    expect(handlers["email.relay"]).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(6 * 60_000); // 10:07:00
    expect(handlers["affiliate.approve"]).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(8 * 60_000); // 10:15:00
    expect(handlers["holds.sweep"]).toHaveBeenCalledTimes(15);
    expect(handlers["plans.free-reset"]).toHaveBeenCalledTimes(1);
    expect(handlers["affiliate.approve"]).toHaveBeenCalledTimes(1);
    // A month away (more than a Node timer can wait at once): the engine neither fires nor spins.
    await vi.advanceTimersByTimeAsync(60 * 60_000); // 11:15:00 on the 3rd
    expect(handlers["affiliate.transfer"]).not.toHaveBeenCalled();
    await engine.stop();
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(handlers["holds.sweep"]).toHaveBeenCalledTimes(75);
  });

  it("sends the affiliates' transfers hourly on the 1st of the month, and not on the 2nd", async () => {
    vi.setSystemTime(new Date("2027-01-01T22:00:30Z"));
    const engine = inProcessEngine();
    const handlers = idle();
    await engine.work(handlers);
    await vi.advanceTimersByTimeAsync(23 * 60_000); // 22:23:30
    expect(handlers["affiliate.transfer"]).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(60 * 60_000); // 23:23:30
    expect(handlers["affiliate.transfer"]).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(60 * 60_000); // 00:23:30 on the 2nd
    expect(handlers["affiliate.transfer"]).toHaveBeenCalledTimes(2);
    await engine.stop();
  });

  it("drops what is sent before any worker starts (its work is found again in its table)", async () => {
    const engine = inProcessEngine();
    await engine.send("email.deliver", { outboxId: "early" });
    const handlers = idle();
    await engine.work(handlers);
    await vi.advanceTimersByTimeAsync(1000);
    expect(handlers["email.deliver"]).not.toHaveBeenCalled();
    await engine.stop();
  });
});
