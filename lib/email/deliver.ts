import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { enqueue } from "@/lib/jobs/engine";
import { QUEUES } from "@/lib/jobs/queues";
import { log } from "@/lib/log";

/** Attempts before an email is given up on: the first and every retry of the email.deliver queue. */
export const EMAIL_MAX_ATTEMPTS = QUEUES["email.deliver"].retryLimit + 1;
/** How long a worker holds an email while it talks to SMTP; shorter than the job's expiry, so a retry finds it free. */
const CLAIM_MS = 60_000;
/** An email not sent within a day is not sent at all: its links have expired and its news is old. */
export const EMAIL_STALE_MS = 24 * 3_600_000;
/** A written email not tried within this long was never queued (the server stopped in between). */
const STRANDED_AFTER_MS = 2 * 60_000;

const transports = new Map<string, Transporter>();
function transportFor(url: string) {
  let transport = transports.get(url);
  if (!transport) transports.set(url, (transport = nodemailer.createTransport(url)));
  return transport;
}

export type Delivery = "sent" | "skipped" | "failed" | "no-smtp";

/**
 * Sends one outbox email, at least once and never twice at the same time: the row is claimed by a
 * conditional write first (another worker's claim, or a sent or given-up email, makes this a no-op). A
 * failure records the error and throws so the job engine retries with backoff; the last attempt gives up.
 * A crash after SMTP accepted the email but before it is marked sent is the one window for a duplicate.
 */
export async function deliverEmail(outboxId: string, { now = new Date() } = {}): Promise<Delivery> {
  const { SMTP_URL, EMAIL_FROM } = env();
  if (!SMTP_URL) return "no-smtp";
  const claim = await db().emailOutbox.updateMany({
    where: { id: outboxId, sentAt: null, failedAt: null, OR: [{ claimedUntil: null }, { claimedUntil: { lte: now } }] },
    data: { claimedUntil: new Date(now.getTime() + CLAIM_MS), attempts: { increment: 1 } },
  });
  if (claim.count === 0) return "skipped";
  const email = await db().emailOutbox.findUniqueOrThrow({ where: { id: outboxId } });
  // How a claimed email ended: a goodbye's row is erased (it keeps no address), any other records the end.
  const finish = async (ended: { sentAt: Date } | { failedAt: Date; lastError: string }) => {
    if (email.eraseAfterSend) await db().emailOutbox.delete({ where: { id: outboxId } });
    else
      await db().emailOutbox.update({
        where: { id: outboxId },
        data: { claimedUntil: null, lastError: null, ...ended },
      });
  };
  if (now.getTime() - email.createdAt.getTime() > EMAIL_STALE_MS) {
    await finish({ failedAt: now, lastError: "not sent within a day" });
    log.error({ outboxId, subject: email.subject }, "email given up: not sent within a day");
    return "failed";
  }
  try {
    await transportFor(SMTP_URL).sendMail({
      from: EMAIL_FROM,
      to: email.to,
      subject: email.subject,
      text: email.body,
      ...(email.html && { html: email.html }),
    });
  } catch (error) {
    const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 500);
    if (email.attempts >= EMAIL_MAX_ATTEMPTS) {
      await finish({ failedAt: new Date(), lastError });
      log.error({ outboxId, attempts: email.attempts, err: error }, "email given up after its last attempt");
      return "failed";
    }
    await db().emailOutbox.update({ where: { id: outboxId }, data: { claimedUntil: null, lastError } });
    log.warn({ outboxId, attempts: email.attempts, err: error }, "SMTP failed; the email will be retried");
    throw error;
  }
  await finish({ sentAt: new Date() });
  return "sent";
}

/**
 * Erases goodbye emails a day old that were never sent (no SMTP, or still failing): the outbox keeps no
 * address of a deleted account for longer than that.
 */
export async function eraseUnsentGoodbyes({ now = new Date() } = {}) {
  const { count } = await db().emailOutbox.deleteMany({
    where: { eraseAfterSend: true, createdAt: { lte: new Date(now.getTime() - EMAIL_STALE_MS) } },
  });
  return count;
}

/**
 * Queues the emails that need a worker and have none: written but never tried (the server stopped between
 * writing and queueing), or, with `includeRetrying` (the in-process engine after a restart, whose retry
 * timers died with it), waiting for a retry. Queueing one twice is harmless: the claim sends it once.
 */
export async function relayStrandedEmails({ now = new Date(), includeRetrying = false } = {}) {
  await eraseUnsentGoodbyes({ now });
  if (!env().SMTP_URL) return 0;
  const stranded = await db().emailOutbox.findMany({
    where: {
      sentAt: null,
      failedAt: null,
      createdAt: {
        gt: new Date(now.getTime() - EMAIL_STALE_MS),
        ...(!includeRetrying && { lte: new Date(now.getTime() - STRANDED_AFTER_MS) }),
      },
      ...(!includeRetrying && { attempts: 0 }),
    },
    select: { id: true },
    orderBy: { createdAt: "asc" },
    take: 1000,
  });
  for (const { id } of stranded) await enqueue("email.deliver", { outboxId: id });
  if (stranded.length > 0) log.info({ count: stranded.length }, "queued emails that had no delivery job");
  return stranded.length;
}
