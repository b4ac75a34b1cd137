import "server-only";
import { databaseUrl, dbDialect } from "@/lib/db";
import type { JobData, JobHandlers, QueueName } from "./queues";

/** What the app needs from a job engine: queue a job, and (in a worker) run the handlers and the schedules. */
export type JobEngine = {
  send<Name extends QueueName>(name: Name, data: JobData[Name]): Promise<void>;
  work(handlers: JobHandlers): Promise<void>;
  stop(): Promise<void>;
};

const globalForJobs = globalThis as unknown as { tallyJobs?: { key: string; engine: Promise<JobEngine> } };

/**
 * The process-wide engine for the current database: pg-boss on PostgreSQL (jobs in the database, shared by
 * every instance), the in-process engine on SQLite (one server owns the file). Follows DATABASE_URL as db() does.
 */
export function jobEngine(): Promise<JobEngine> {
  const key = databaseUrl();
  if (globalForJobs.tallyJobs?.key !== key) {
    const previous = globalForJobs.tallyJobs?.engine;
    void previous?.then((engine) => engine.stop());
    const engine =
      dbDialect() === "postgres"
        ? import("./pg-boss-engine").then(({ pgBossEngine }) => pgBossEngine(key))
        : import("./in-process-engine").then(({ inProcessEngine }) => inProcessEngine());
    globalForJobs.tallyJobs = { key, engine };
  }
  return globalForJobs.tallyJobs.engine;
}

/** Queues a job on the current engine. */
export async function enqueue<Name extends QueueName>(name: Name, data: JobData[Name]) {
  await (await jobEngine()).send(name, data);
}

/** Stops the engine (workers finish their job first) and forgets it; for shutdown and tests. */
export async function stopJobEngine() {
  const current = globalForJobs.tallyJobs;
  globalForJobs.tallyJobs = undefined;
  await (await current?.engine)?.stop();
}
