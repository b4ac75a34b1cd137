import "server-only";
import cronParser from "cron-parser";
import { log } from "@/lib/log";
import type { JobEngine } from "./engine";
import { QUEUES, retryDelayMs, type JobHandlers, type QueueName } from "./queues";

/**
 * Jobs in this process, for the embedded database (one server owns the file, so there is no one to share
 * with). Same queues, retries and schedules as pg-boss; what is queued lives in memory, so every handler
 * finds its work again in its own table after a restart (the email relay, the sweeper, the Free reset).
 * Until workers start (or in a process that never starts them) a sent job is dropped for the same reason.
 */
const LONGEST_WAIT_MS = 24 * 3_600_000;

export function inProcessEngine(): JobEngine {
  let handlers: JobHandlers | undefined;
  const timers = new Set<NodeJS.Timeout>();
  const running = new Set<Promise<void>>();

  const later = (ms: number, task: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      task();
    }, ms);
    timer.unref();
    timers.add(timer);
  };

  const run = (name: QueueName, data: object, retryCount: number) => {
    if (!handlers) return;
    const attempt = (handlers[name] as (data: object) => Promise<unknown>)(data).then(
      () => undefined,
      (error: unknown) => {
        if (retryCount >= QUEUES[name].retryLimit) {
          log.error({ job: name, retryCount, err: error }, "job failed for good");
          return;
        }
        log.warn({ job: name, retryCount, err: error }, "job failed; retrying");
        later(retryDelayMs(name, retryCount), () => run(name, data, retryCount + 1));
      },
    );
    running.add(attempt);
    void attempt.finally(() => running.delete(attempt));
  };

  const scheduleNext = (name: QueueName, cron: string) => {
    const wait = Math.max(0, cronParser.parseExpression(cron, { utc: true }).next().getTime() - Date.now());
    // Node fires a timer of more than 2^31 ms (24.8 days, a monthly schedule) at once: wait a day at a time.
    if (wait > LONGEST_WAIT_MS) return later(LONGEST_WAIT_MS, () => scheduleNext(name, cron));
    later(wait, () => {
      run(name, {}, 0);
      scheduleNext(name, cron);
    });
  };

  return {
    async send(name, data) {
      run(name, data, 0);
    },
    async work(workHandlers) {
      if (handlers) return;
      handlers = workHandlers;
      for (const name of Object.keys(QUEUES) as QueueName[]) {
        const { cron } = QUEUES[name] as { cron?: string };
        if (cron) scheduleNext(name, cron);
      }
    },
    async stop() {
      handlers = undefined;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await Promise.allSettled([...running]);
    },
  };
}
