import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { stopJobEngine } from "@/lib/jobs/engine";
import { startJobWorkers } from "@/lib/jobs/workers";
import { startTestSmtpServer } from "@/lib/testing/smtp";

vi.mock("next/headers", () => ({
  headers: async () => new Headers(),
  cookies: async () => ({ get: () => undefined, set: () => {} }),
}));

// What Tally sends goes through its job engine and over the wire to a real SMTP server, parsed as a mail client would.
const smtp = await startTestSmtpServer();
beforeAll(async () => {
  process.env.SMTP_URL = smtp.url;
  await startJobWorkers();
});
afterAll(async () => {
  await stopJobEngine();
  delete process.env.SMTP_URL;
  await smtp.close();
});

const { signUp } = await import("@/lib/auth/actions/sign-up");
const { confirmEmail } = await import("@/lib/auth/actions/confirm-email");

const mailTo = async (email: string) => {
  await expect.poll(() => smtp.mailTo(email).length, { timeout: 10_000 }).toBeGreaterThan(0);
  return smtp.mailTo(email).at(-1)!;
};

describe("email over SMTP", () => {
  it("the verification email arrives as a real message whose link verifies the account", async () => {
    const email = `smtp-${randomUUID()}@example.test`;
    expect(await signUp({ name: "Mail Reader", email, password: "long enough passphrase" })).toMatchObject({
      ok: true,
    });
    const mail = await mailTo(email);
    expect(mail.subject).toBe("Confirm your email for Tally");
    expect(mail.from?.text).toContain("Tally");
    const token = /\/verify-email\/([\w-]+)/.exec(mail.text ?? "")?.[1];
    expect(token).toBeDefined();
    // The HTML part: the app's look, with the same link as its one button.
    expect(mail.html).toContain(`href="http://localhost:3000/verify-email/${token}"`);
    expect(mail.html).toMatch(
      /<a[^>]*verify-email[^>]*>(?:(?!<\/a>)[\s\S])*Confirm your email(?:(?!<\/a>)[\s\S])*<\/a>/,
    );
    expect(await confirmEmail({ token: token! })).toMatchObject({ ok: true });
    const user = await db().user.findUniqueOrThrow({ where: { email } });
    expect(await db().wallet.findUniqueOrThrow({ where: { userId: user.id } })).toMatchObject({ available: 100 });
    // The worker records the send once SMTP has accepted it, which can be just after the message arrived.
    await expect
      .poll(async () => (await db().emailOutbox.findFirstOrThrow({ where: { to: email } })).sentAt)
      .toEqual(expect.any(Date));
  });
});
