import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";

vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined, set: () => {} }) }));

// A real SMTP server in this process: what Tally sends goes over the wire, and is parsed as a mail client would.
const inbox: ParsedMail[] = [];
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  onData(stream, _session, callback) {
    simpleParser(stream).then((mail) => {
      inbox.push(mail);
      callback();
    }, callback);
  },
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.env.SMTP_URL = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const { signUp } = await import("@/lib/auth/actions/sign-up");
const { confirmEmail } = await import("@/lib/auth/actions/confirm-email");

const mailTo = async (email: string) => {
  await expect.poll(() => inbox.filter((mail) => mail.to && JSON.stringify(mail.to).includes(email)).length).toBeGreaterThan(0);
  return inbox.filter((mail) => JSON.stringify(mail.to).includes(email)).at(-1)!;
};

describe("email over SMTP", () => {
  it("the verification email arrives as a real message whose link verifies the account", async () => {
    const email = `smtp-${randomUUID()}@example.test`;
    expect(await signUp({ name: "Mail Reader", email, password: "long enough passphrase" })).toMatchObject({ ok: true });
    const mail = await mailTo(email);
    expect(mail.subject).toBe("Confirm your email for Tally");
    expect(mail.from?.text).toContain("Tally");
    const token = /\/verify-email\/([\w-]+)/.exec(mail.text ?? "")?.[1];
    expect(token).toBeDefined();
    // The HTML part: the app's look, with the same link as its one button.
    expect(mail.html).toContain(`href="http://localhost:3000/verify-email/${token}"`);
    expect(mail.html).toMatch(/<a[^>]*verify-email[^>]*>(?:(?!<\/a>)[\s\S])*Confirm your email(?:(?!<\/a>)[\s\S])*<\/a>/);
    expect(await confirmEmail({ token: token! })).toMatchObject({ ok: true });
    const user = await db().user.findUniqueOrThrow({ where: { email } });
    expect(await db().wallet.findUniqueOrThrow({ where: { userId: user.id } })).toMatchObject({ available: 100 });
    expect(await db().emailOutbox.findFirstOrThrow({ where: { to: email } })).toMatchObject({ sentAt: expect.any(Date) });
  });
});
