import "server-only";
import nodemailer from "nodemailer";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { log } from "@/lib/log";

/**
 * Queues an email in the outbox (its plain text) and sends it, with its HTML when it has one, through SMTP
 * when SMTP_URL is set. Without SMTP the
 * message stays in the outbox table and is written to the server log, so nothing is lost locally.
 */
export async function sendEmail({ to, subject, body, html }: { to: string; subject: string; body: string; html?: string }) {
  const message = await db().emailOutbox.create({ data: { to, subject, body } });
  const { SMTP_URL, EMAIL_FROM } = env();
  if (!SMTP_URL) {
    log.info({ outboxId: message.id, subject }, "email kept in the outbox (no SMTP configured)");
    return message;
  }
  try {
    await nodemailer.createTransport(SMTP_URL).sendMail({ from: EMAIL_FROM, to, subject, text: body, ...(html && { html }) });
    await db().emailOutbox.update({ where: { id: message.id }, data: { sentAt: new Date() } });
  } catch (error) {
    log.error({ outboxId: message.id, err: error }, "SMTP failed; the email stays unsent in the outbox");
  }
  return message;
}
