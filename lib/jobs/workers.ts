import "server-only";
import { approveDueEarnings } from "@/lib/affiliate/commissions";
import { sendMonthlyTransfers } from "@/lib/affiliate/transfers";
import { releaseExpiredHolds, rolloverAllDue } from "@/lib/credits";
import { dbDialect } from "@/lib/db";
import { deliverEmail, relayStrandedEmails } from "@/lib/email/deliver";
import { log } from "@/lib/log";
import { jobEngine } from "./engine";
import type { JobHandlers } from "./queues";

export const JOB_HANDLERS: JobHandlers = {
  "email.deliver": ({ outboxId }) => deliverEmail(outboxId),
  "email.relay": () => relayStrandedEmails(),
  "holds.sweep": () => releaseExpiredHolds(),
  "plans.free-reset": () => rolloverAllDue(),
  "affiliate.approve": () => approveDueEarnings(),
  "affiliate.transfer": () => sendMonthlyTransfers(),
};

/** Makes this process a worker: it runs queued jobs and the schedules (README › Jobs). */
export async function startJobWorkers() {
  const engine = await jobEngine();
  await engine.work(JOB_HANDLERS);
  // In memory, the in-process engine's retries did not survive a restart: pick their emails up again.
  if (dbDialect() === "sqlite") await relayStrandedEmails({ includeRetrying: true });
  log.info({ engine: dbDialect() === "postgres" ? "pg-boss" : "in-process" }, "job workers started");
}
