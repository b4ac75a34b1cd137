/**
 * Every background job Tally runs, with its retry policy and, for the recurring ones, its schedule (cron,
 * UTC). The same table drives pg-boss on PostgreSQL and the in-process engine on the embedded database.
 * Every handler is idempotent: both engines deliver at least once.
 */
export const QUEUES = {
  /** Sends one outbox email; retried 7 times with doubling backoff (30 s, 1 min, 2 min … 1–2 h in all, with jitter). */
  "email.deliver": { retryLimit: 7, retryDelaySeconds: 30, expireInSeconds: 120 },
  /** Queues emails that were written but never queued (a crash between the two); erases day-old unsent goodbyes. */
  "email.relay": { retryLimit: 0, retryDelaySeconds: 0, expireInSeconds: 300, cron: "* * * * *" },
  /** Releases the holds of requests that never finished. */
  "holds.sweep": { retryLimit: 0, retryDelaySeconds: 0, expireInSeconds: 300, cron: "* * * * *" },
  /** Starts the new Free period of accounts not seen since theirs ended (active ones reset when seen). */
  "plans.free-reset": { retryLimit: 0, retryDelaySeconds: 0, expireInSeconds: 900, cron: "*/15 * * * *" },
  /** Approves the affiliate commissions whose 30-day refund window is over. */
  "affiliate.approve": { retryLimit: 0, retryDelaySeconds: 0, expireInSeconds: 900, cron: "7 * * * *" },
  /**
   * Pays affiliates in money (Stripe transfers). Hourly on the 1st of the month: one payout per affiliate
   * per month, so the later runs only pick up what an outage, a Stripe error or a short platform balance
   * left; a run that could not send everything is retried 10 times, doubling from 5 min (3–7 days in all).
   */
  "affiliate.transfer": { retryLimit: 10, retryDelaySeconds: 300, expireInSeconds: 900, cron: "23 * 1 * *" },
} as const satisfies Record<
  string,
  { retryLimit: number; retryDelaySeconds: number; expireInSeconds: number; cron?: string }
>;

export type QueueName = keyof typeof QUEUES;

export type JobData = {
  "email.deliver": { outboxId: string };
  "email.relay": Record<string, never>;
  "holds.sweep": Record<string, never>;
  "plans.free-reset": Record<string, never>;
  "affiliate.approve": Record<string, never>;
  "affiliate.transfer": Record<string, never>;
};

export type JobHandlers = { [Name in QueueName]: (data: JobData[Name]) => Promise<unknown> };

/** The wait before retry number `retryCount + 1`: pg-boss's backoff (doubling, with up to 100 % jitter). */
export function retryDelayMs(name: QueueName, retryCount: number, random = Math.random) {
  const base = QUEUES[name].retryDelaySeconds * 1000 * 2 ** Math.min(16, retryCount);
  return base + base * random();
}
