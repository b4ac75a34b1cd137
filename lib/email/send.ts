import "server-only";
import nodemailer from "nodemailer";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

/**
 * Queues an email in the outbox and sends it through SMTP when SMTP_URL is set. Without SMTP the
 * message stays in the outbox table and is written to the server log, so nothing is lost locally.
 */
export async function sendEmail({ to, subject, body }: { to: string; subject: string; body: string }) {
  const message = await db().emailOutbox.create({ data: { to, subject, body } });
  const { SMTP_URL, EMAIL_FROM } = env();
  if (!SMTP_URL) {
    console.log(`[email] (no SMTP configured, kept in outbox ${message.id}) to=${to} subject="${subject}"`);
    return message;
  }
  try {
    await nodemailer.createTransport(SMTP_URL).sendMail({ from: EMAIL_FROM, to, subject, text: body });
    await db().emailOutbox.update({ where: { id: message.id }, data: { sentAt: new Date() } });
  } catch (error) {
    console.error(`[email] SMTP failed for outbox ${message.id}; it stays unsent`, error);
  }
  return message;
}
