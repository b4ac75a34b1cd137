import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { enqueue } from "@/lib/jobs/engine";
import { log } from "@/lib/log";
import { renderActionEmail, type ActionEmailContent } from "./templates/action-email";

/**
 * Renders an email from its content (the React Email template: HTML in the app's look and a plain-text
 * twin), writes it to the outbox and queues its delivery (the email.deliver job, lib/email/deliver.ts): the
 * request never waits for SMTP, and an SMTP outage delays the email instead of losing it. Without SMTP_URL
 * the email stays in the outbox table (the local Outbox page) and its subject is logged.
 */
export async function sendEmail({
  to,
  subject,
  eraseAfterSend = false,
  ...content
}: { to: string; subject: string; eraseAfterSend?: boolean } & ActionEmailContent) {
  const { text, html } = await renderActionEmail(content);
  const message = await db().emailOutbox.create({ data: { to, subject, body: text, html, eraseAfterSend } });
  if (!env().SMTP_URL) {
    log.info({ outboxId: message.id, subject }, "email kept in the outbox (no SMTP configured)");
    return message;
  }
  try {
    await enqueue("email.deliver", { outboxId: message.id });
  } catch (error) {
    // Written but not queued: the email.relay job queues it within a few minutes.
    log.error({ outboxId: message.id, err: error }, "could not queue an email; the relay will");
  }
  return message;
}
