import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";

// Each test from a network of its own (the per-network limit has a test of its own below).
let forwardedFor = "203.0.113.1";
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": forwardedFor }),
  cookies: async () => ({ get: () => undefined, set: () => {} }),
}));
globalThis.tallyClientAddressFromSocket = true;
beforeEach(() => {
  forwardedFor = `203.0.113.${Math.floor(Math.random() * 250) + 1}`;
});
afterAll(() => {
  globalThis.tallyClientAddressFromSocket = undefined;
});
const { requestPasswordResetEmail } = await import("./actions/request-password-reset");
const { setNewPassword } = await import("./actions/reset-password");
const { RESET_EMAILS_PER_HOUR } = await import("./password-reset");
const { createUser } = await import("./queries");
const { hashPassword, verifyPassword } = await import("./password");
const { startSession, activeSessionUser } = await import("./sessions");
const { consumeToken } = await import("./tokens");

async function person({ verified = true } = {}) {
  return createUser({
    email: `reset-${randomUUID()}@example.test`,
    passwordHash: await hashPassword("the old passphrase"),
    emailVerified: verified,
  });
}

async function resetLinkTo(email: string) {
  const message = await db().emailOutbox.findFirstOrThrow({
    where: { to: email, subject: "Reset your Tally password" },
    orderBy: { createdAt: "desc" },
  });
  return /\/reset-password\/([\w-]+)/.exec(message.body)![1]!;
}

const passwordOf = async (userId: string) =>
  (await db().user.findUniqueOrThrow({ where: { id: userId } })).passwordHash!;

describe("forgot password", () => {
  it("answers the same whether or not the email has an account, and emails only a real one", async () => {
    const user = await person();
    const unknown = `nobody-${randomUUID()}@example.test`;
    const known = await requestPasswordResetEmail({ email: user.email });
    const stranger = await requestPasswordResetEmail({ email: unknown });
    expect(known).toEqual({ ok: true, data: { email: user.email } });
    expect(stranger).toEqual({ ok: true, data: { email: unknown } });
    expect(await db().emailOutbox.count({ where: { to: user.email } })).toBe(1);
    expect(await db().emailOutbox.count({ where: { to: unknown } })).toBe(0);
  });

  it("a new password from the link works once, ends every session and tells the person", async () => {
    const user = await person();
    const laptop = await startSession({ userId: user.id, userAgent: "laptop" });
    const phone = await startSession({ userId: user.id, userAgent: "phone" });
    await requestPasswordResetEmail({ email: user.email });
    const token = await resetLinkTo(user.email);
    expect(await setNewPassword({ token, password: "a brand new passphrase" })).toEqual({
      ok: true,
      data: { email: user.email },
    });
    expect(await verifyPassword(await passwordOf(user.id), "a brand new passphrase")).toBe(true);
    for (const sid of [laptop, phone]) expect(await activeSessionUser({ sid, userId: user.id })).toBeNull();
    expect(
      await db().emailOutbox.findFirst({ where: { to: user.email, subject: "Your Tally password was changed" } }),
    ).not.toBeNull();
    // The same link again (a replay): refused, the password stays.
    expect(await setNewPassword({ token, password: "an attacker's passphrase" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await verifyPassword(await passwordOf(user.id), "a brand new passphrase")).toBe(true);
  });

  it("a link works for one hour, and a newer link voids the older one", async () => {
    const user = await person();
    await requestPasswordResetEmail({ email: user.email });
    const first = await resetLinkTo(user.email);
    expect(
      await consumeToken({ token: first, purpose: "RESET_PASSWORD", now: new Date(Date.now() + 60 * 60_000 + 1_000) }),
    ).toBeNull();
    await requestPasswordResetEmail({ email: user.email });
    const second = await resetLinkTo(user.email);
    expect(second).not.toBe(first);
    expect(await setNewPassword({ token: first, password: "a brand new passphrase" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await setNewPassword({ token: second, password: "short" })).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
    });
    expect(await setNewPassword({ token: second, password: "a brand new passphrase" })).toMatchObject({ ok: true });
  });

  it("sends a few emails an hour per account, then stays quiet (with the same answer)", async () => {
    const user = await person();
    for (let i = 0; i < RESET_EMAILS_PER_HOUR + 2; i += 1)
      expect(await requestPasswordResetEmail({ email: user.email })).toMatchObject({ ok: true });
    expect(await db().emailOutbox.count({ where: { to: user.email } })).toBe(RESET_EMAILS_PER_HOUR);
  });

  it("one network asking about many emails is stopped after a few requests an hour", async () => {
    const answers = [];
    for (let i = 0; i < 12; i += 1) answers.push(await requestPasswordResetEmail({ email: `probe-${i}@example.test` }));
    expect(answers.filter((answer) => answer.ok)).toHaveLength(10);
    expect(answers.at(-1)).toMatchObject({ ok: false, code: "RATE_LIMITED" });
  });

  it("the link also proves the email: an unverified account is verified and gets its free credits", async () => {
    const user = await person({ verified: false });
    await requestPasswordResetEmail({ email: user.email });
    await setNewPassword({ token: await resetLinkTo(user.email), password: "a brand new passphrase" });
    expect(await db().wallet.findUniqueOrThrow({ where: { userId: user.id } })).toMatchObject({ available: 100 });
  });
});
