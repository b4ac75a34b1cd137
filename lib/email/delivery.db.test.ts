import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, dbDialect } from "@/lib/db";
import { stopJobEngine } from "@/lib/jobs/engine";
import { startJobWorkers, JOB_HANDLERS } from "@/lib/jobs/workers";
import { startTestSmtpServer } from "@/lib/testing/smtp";
import { deliverEmail, EMAIL_MAX_ATTEMPTS, relayStrandedEmails } from "./deliver";
import { sendEmail } from "./send";

const smtp = await startTestSmtpServer();
beforeAll(async () => {
  process.env.SMTP_URL = smtp.url;
});
afterAll(async () => {
  await stopJobEngine();
  delete process.env.SMTP_URL;
  await smtp.close();
});

const address = () => `mail-${randomUUID()}@example.test`;
/** Writes an email to the outbox without queueing it, as if the server stopped right after. */
const written = (to: string, data: { createdAt?: Date; attempts?: number } = {}) =>
  db().emailOutbox.create({ data: { to, subject: "Hello", body: "Plain text", ...data } });
const row = (id: string) => db().emailOutbox.findUniqueOrThrow({ where: { id } });

describe("email delivery (the email.deliver job)", () => {
  it("sends each email exactly once however many workers try at the same time", async () => {
    const to = address();
    const email = await written(to);
    const results = await Promise.all(Array.from({ length: 6 }, () => deliverEmail(email.id)));
    expect(results.filter((result) => result === "sent")).toHaveLength(1);
    expect(results.filter((result) => result === "skipped")).toHaveLength(5);
    expect(smtp.mailTo(to)).toHaveLength(1);
    expect(await row(email.id)).toMatchObject({ sentAt: expect.any(Date), attempts: 1, claimedUntil: null });
    expect(await deliverEmail(email.id)).toBe("skipped");
    expect(smtp.mailTo(to)).toHaveLength(1);
  });

  it("an SMTP outage delays the email and keeps the error; the retry sends it", async () => {
    const to = address();
    const email = await written(to);
    smtp.refuseNext(1);
    await expect(deliverEmail(email.id)).rejects.toThrow(/busy/);
    expect(await row(email.id)).toMatchObject({
      sentAt: null,
      failedAt: null,
      attempts: 1,
      claimedUntil: null,
      lastError: expect.stringMatching(/busy/),
    });
    expect(smtp.mailTo(to)).toHaveLength(0);
    expect(await deliverEmail(email.id)).toBe("sent");
    expect(await row(email.id)).toMatchObject({ attempts: 2, lastError: null, sentAt: expect.any(Date) });
    expect(smtp.mailTo(to)).toHaveLength(1);
  });

  it("a worker that died while sending leaves the email claimed only until its claim runs out (at least once, never lost)", async () => {
    const to = address();
    const email = await written(to);
    const now = new Date();
    await db().emailOutbox.update({
      where: { id: email.id },
      data: { claimedUntil: new Date(now.getTime() + 60_000), attempts: 1 },
    });
    expect(await deliverEmail(email.id, { now })).toBe("skipped");
    expect(await deliverEmail(email.id, { now: new Date(now.getTime() + 61_000) })).toBe("sent");
    expect(smtp.mailTo(to)).toHaveLength(1);
  });

  it("gives up after the last attempt without throwing, and never sends an email a day old", async () => {
    const lastTry = await written(address(), { attempts: EMAIL_MAX_ATTEMPTS - 1 });
    smtp.refuseNext(1);
    expect(await deliverEmail(lastTry.id)).toBe("failed");
    expect(await row(lastTry.id)).toMatchObject({
      failedAt: expect.any(Date),
      attempts: EMAIL_MAX_ATTEMPTS,
      sentAt: null,
    });
    expect(await deliverEmail(lastTry.id)).toBe("skipped");

    const staleTo = address();
    const stale = await written(staleTo, { createdAt: new Date(Date.now() - 25 * 3_600_000) });
    expect(await deliverEmail(stale.id)).toBe("failed");
    expect(await row(stale.id)).toMatchObject({ failedAt: expect.any(Date), lastError: "not sent within a day" });
    expect(smtp.mailTo(staleTo)).toHaveLength(0);
  });

  it("a goodbye to a deleted account leaves no row behind: erased once sent, or once given up", async () => {
    const to = address();
    const goodbye = await db().emailOutbox.create({
      data: { to, subject: "Bye", body: "Plain text", eraseAfterSend: true },
    });
    expect(await deliverEmail(goodbye.id)).toBe("sent");
    expect(smtp.mailTo(to)).toHaveLength(1);
    expect(await db().emailOutbox.count({ where: { to } })).toBe(0);
    const undeliverable = await db().emailOutbox.create({
      data: { to, subject: "Bye", body: "Plain text", eraseAfterSend: true, attempts: EMAIL_MAX_ATTEMPTS - 1 },
    });
    smtp.refuseNext(1);
    expect(await deliverEmail(undeliverable.id)).toBe("failed");
    expect(await db().emailOutbox.count({ where: { to } })).toBe(0);
  });

  it("the relay queues what was written but never queued, and leaves the rest to their own jobs", async () => {
    const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);
    const stranded = await written(address(), { createdAt: minutesAgo(3) });
    const justWritten = await written(address(), { createdAt: minutesAgo(0) });
    const retrying = await written(address(), { createdAt: minutesAgo(10), attempts: 2 });
    void [stranded, justWritten, retrying];
    // No worker runs in this file yet: what the relay queues waits (PostgreSQL) or is dropped (in-process).
    expect(await relayStrandedEmails()).toBe(1);
    expect(await relayStrandedEmails({ includeRetrying: true })).toBe(3);
  });

  it("a sent email reaches the inbox through the job engine, and an outage is retried there with backoff", async () => {
    await startJobWorkers();
    const to = address();
    await sendEmail({ to, subject: "Through the queue", heading: "Hello", paragraphs: ["Plain text"] });
    await expect.poll(() => smtp.mailTo(to).length, { timeout: 15_000 }).toBe(1);

    const later = address();
    smtp.refuseNext(1);
    const email = await sendEmail({
      to: later,
      subject: "After an outage",
      heading: "Hello",
      paragraphs: ["Plain text"],
    });
    await expect.poll(async () => (await row(email.id)).lastError, { timeout: 15_000 }).toMatch(/busy/);
    if (dbDialect() === "postgres") {
      // pg-boss holds the retry for 30–60 s (the queue's backoff); bring it forward instead of waiting.
      const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await client.connect();
      try {
        const job = () =>
          client.query(
            "SELECT state, extract(epoch from start_after - now())::float AS wait FROM pgboss.job WHERE data->>'outboxId' = $1",
            [email.id],
          );
        await expect.poll(async () => (await job()).rows[0]?.state).toBe("retry");
        const { wait } = (await job()).rows[0];
        expect(wait).toBeGreaterThan(20);
        expect(wait).toBeLessThanOrEqual(60);
        await client.query("UPDATE pgboss.job SET start_after = now() WHERE data->>'outboxId' = $1", [email.id]);
      } finally {
        await client.end();
      }
    } else {
      // The in-process engine's backoff is proven with a fake clock (in-process-engine.unit.test.ts); run the retry now.
      await JOB_HANDLERS["email.deliver"]({ outboxId: email.id });
    }
    await expect.poll(() => smtp.mailTo(later).length, { timeout: 15_000 }).toBe(1);
    // The worker marks the row sent after SMTP accepted the message: poll for it rather than race it.
    await expect.poll(async () => (await row(email.id)).sentAt, { timeout: 15_000 }).toEqual(expect.any(Date));
    expect(await row(email.id)).toMatchObject({ attempts: 2 });
  });

  it.runIf(dbDialect() === "postgres")(
    "several instances share the queue: every email is sent once, and each schedule is registered once",
    async () => {
      const { pgBossEngine } = await import("@/lib/jobs/pg-boss-engine");
      const secondInstance = await pgBossEngine(process.env.DATABASE_URL!);
      await secondInstance.work(JOB_HANDLERS);
      const recipients = Array.from({ length: 20 }, address);
      await Promise.all(
        recipients.map((to, index) =>
          sendEmail({ to, subject: `Batch ${index}`, heading: "Hello", paragraphs: ["Plain text"] }),
        ),
      );
      await expect
        .poll(() => recipients.filter((to) => smtp.mailTo(to).length > 0).length, { timeout: 30_000 })
        .toBe(20);
      await new Promise((resolve) => setTimeout(resolve, 2500));
      expect(recipients.map((to) => smtp.mailTo(to).length)).toEqual(recipients.map(() => 1));
      const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await client.connect();
      const { rows } = await client
        .query("SELECT name, cron FROM pgboss.schedule ORDER BY name")
        .finally(() => client.end());
      expect(rows).toEqual([
        { name: "affiliate.approve", cron: "7 * * * *" },
        { name: "affiliate.transfer", cron: "23 * 1 * *" },
        { name: "email.relay", cron: "* * * * *" },
        { name: "holds.sweep", cron: "* * * * *" },
        { name: "plans.free-reset", cron: "*/15 * * * *" },
      ]);
      await secondInstance.stop();
    },
  );
});
