import "server-only";
import PgBoss from "pg-boss";
import { log } from "@/lib/log";
import { retryOnDeadlock } from "./deadlock";
import type { JobEngine } from "./engine";
import { QUEUES, type QueueName } from "./queues";

/**
 * Jobs in PostgreSQL through pg-boss (its own `pgboss` schema, created on first start). Any number of
 * instances can send and work: a job is fetched by one worker (SKIP LOCKED), retried with backoff when its
 * handler throws or its worker dies (the job expires), and each schedule fires once per tick across instances.
 */
export async function pgBossEngine(connectionString: string): Promise<JobEngine> {
  const boss = new PgBoss({ connectionString, application_name: "tally-jobs", max: 4 });
  boss.on("error", (error) => log.error({ err: error }, "job engine error"));
  await boss.start();
  for (const [name, queue] of Object.entries(QUEUES)) {
    await retryOnDeadlock(() =>
      boss.createQueue(name, {
        name,
        retryLimit: queue.retryLimit,
        retryDelay: queue.retryDelaySeconds,
        retryBackoff: queue.retryDelaySeconds > 0,
        expireInSeconds: queue.expireInSeconds,
      }),
    );
  }
  const localWorkers = new Map<QueueName, string>();
  return {
    async send(name, data) {
      await boss.send(name, data);
      // A worker in this process picks the job up now instead of at its next poll.
      const worker = localWorkers.get(name);
      if (worker) boss.notifyWorker(worker);
    },
    async work(handlers) {
      for (const name of Object.keys(QUEUES) as QueueName[]) {
        // Up to 10 jobs per fetch, run side by side; a job that throws is failed on its own (pg-boss then
        // retries it with the queue's backoff) and the rest complete.
        const worker = await boss.work(name, { pollingIntervalSeconds: 2, batchSize: 10 }, async (jobs) => {
          await Promise.all(
            jobs.map((job) =>
              handlers[name](job.data as never).catch(async (error: unknown) => {
                await boss.fail(name, job.id, { message: error instanceof Error ? error.message : String(error) });
              }),
            ),
          );
        });
        localWorkers.set(name, worker);
        const { cron } = QUEUES[name] as { cron?: string };
        if (cron) await retryOnDeadlock(() => boss.schedule(name, cron, {}, { tz: "UTC" }));
      }
    },
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }),
  };
}
