import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { signInAs } from "@/lib/testing/session";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/session"));
vi.mock("next/headers", () => ({
  headers: async () => new Headers(),
  cookies: async () => ({ get: () => undefined, set: () => {} }),
}));
// Many sign-ups from one (unknown) address here; the per-address limit has its own test.
process.env.TALLY_SIGNUPS_PER_HOUR = "100000";
afterAll(() => {
  delete process.env.TALLY_SIGNUPS_PER_HOUR;
});
const { signUp } = await import("./actions/sign-up");
const { confirmEmail } = await import("./actions/confirm-email");
const { resendVerification } = await import("./actions/resend-verification");
const { VERIFICATION_EMAILS_PER_HOUR } = await import("./verification");
const { sendChatMessage } = await import("@/lib/testing/paid-requests");
const { consumeToken, issueToken } = await import("./tokens");
const { createUser, findOrCreateOAuthUser } = await import("./queries");
const { rolloverIfDue } = await import("@/lib/credits");

const available = async (userId: string) => (await db().wallet.findUniqueOrThrow({ where: { userId } })).available;
const newEmail = () => `new-${randomUUID()}@example.test`;

/** Signs up through the real action; returns the person and the token in the email we sent them. */
async function signUpAndReadEmail() {
  const email = newEmail();
  const result = await signUp({ name: "New Person", email, password: "long enough passphrase" });
  expect(result).toMatchObject({ ok: true });
  const user = await db().user.findUniqueOrThrow({ where: { email } });
  signInAs(user);
  return { user, token: await latestLinkTo(email) };
}

async function latestLinkTo(email: string) {
  const message = await db().emailOutbox.findFirstOrThrow({ where: { to: email }, orderBy: { createdAt: "desc" } });
  const token = /\/verify-email\/([\w-]+)/.exec(message.body)?.[1];
  if (!token) throw new Error(`no link in ${message.body}`);
  return token;
}

const chat = () => sendChatMessage({ requestId: randomUUID(), model: "swift", prompt: "hello" });

describe("a new email-and-password account", () => {
  it("cannot use a disposable inbox (a maintained list): refused before any account exists", async () => {
    const email = `farm-${randomUUID()}@mailinator.com`;
    expect(await signUp({ name: "Farmer", email, password: "long enough passphrase" })).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      message: expect.stringContaining("disposable"),
    });
    expect(await db().user.count({ where: { email } })).toBe(0);
  });

  it("has no free credits until the link is clicked: a paid request says EMAIL_UNVERIFIED and costs nothing", async () => {
    const { user } = await signUpAndReadEmail();
    expect(user.emailVerifiedAt).toBeNull();
    expect(await available(user.id)).toBe(0);
    expect(await chat()).toMatchObject({
      ok: false,
      code: "EMAIL_UNVERIFIED",
      message: expect.stringContaining(`open the link we sent to ${user.email}`),
    });
    expect(await db().hold.count({ where: { userId: user.id } })).toBe(0);
    expect(await db().conversation.count({ where: { userId: user.id } })).toBe(0);
    expect(await db().emailOutbox.findFirstOrThrow({ where: { to: user.email } })).toMatchObject({
      subject: "Confirm your email for Tally",
    });
  });

  it("the link verifies once and brings the 100 free credits once; used again it is refused", async () => {
    const { user, token } = await signUpAndReadEmail();
    expect(await confirmEmail({ token })).toEqual({ ok: true, data: { email: user.email } });
    expect(await db().user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      emailVerifiedAt: expect.any(Date),
    });
    expect(await available(user.id)).toBe(100);
    expect(await confirmEmail({ token })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
      message: expect.stringContaining("expired or was already used"),
    });
    expect(await available(user.id)).toBe(100);
    signInAs({ ...user, emailVerifiedAt: new Date() });
    expect(await chat()).toMatchObject({ ok: true });
  });

  it("two clicks at once verify once", async () => {
    const { user, token } = await signUpAndReadEmail();
    const results = await Promise.all([confirmEmail({ token }), confirmEmail({ token }), confirmEmail({ token })]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await available(user.id)).toBe(100);
  });

  it("stores only the token's hash, and a changed, expired or other-purpose token opens nothing", async () => {
    const { user, token } = await signUpAndReadEmail();
    const rows = await db().accountToken.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id).not.toContain(token);
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(await confirmEmail({ token: `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}` })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await consumeToken({ token, purpose: "RESET_PASSWORD" })).toBeNull();
    expect(
      await consumeToken({ token, purpose: "VERIFY_EMAIL", now: new Date(Date.now() + 24 * 60 * 60_000 + 1_000) }),
    ).toBeNull();
    expect(await available(user.id)).toBe(0);
    // Still unused: within its day it works.
    expect(await confirmEmail({ token })).toMatchObject({ ok: true });
  });

  it("a link for an address the account no longer uses verifies nothing", async () => {
    const { user, token } = await signUpAndReadEmail();
    await db().user.update({ where: { id: user.id }, data: { email: newEmail() } });
    expect(await confirmEmail({ token })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
      message: expect.stringContaining("no longer uses"),
    });
    expect(await available(user.id)).toBe(0);
  });

  it("verified after its first period ended, it gets the allowance of the period it is in (and none for the missed one)", async () => {
    const created = new Date(Date.now() - 40 * 24 * 60 * 60_000);
    const user = await createUser({ email: newEmail(), emailVerified: false, now: created });
    expect(await rolloverIfDue({ userId: user.id })).toEqual({ rolledOver: false });
    const token = await issueToken({ userId: user.id, purpose: "VERIFY_EMAIL", email: user.email });
    expect(await confirmEmail({ token })).toMatchObject({ ok: true });
    const after = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.periodStart.getTime()).toBeGreaterThan(created.getTime());
    expect(after.periodEnd.getTime()).toBeGreaterThan(Date.now());
    expect(await available(user.id)).toBe(100);
    expect(await db().creditBucket.count({ where: { userId: user.id } })).toBe(1);
  });

  it("Resend sends a new link (the old one still works) a few times an hour, then asks to wait", async () => {
    const { user, token } = await signUpAndReadEmail();
    for (let i = 0; i < VERIFICATION_EMAILS_PER_HOUR; i += 1)
      expect(await resendVerification({})).toMatchObject({ ok: true, data: { alreadyVerified: false } });
    expect(await resendVerification({})).toMatchObject({ ok: false, code: "RATE_LIMITED" });
    expect(await db().emailOutbox.count({ where: { to: user.email } })).toBe(1 + VERIFICATION_EMAILS_PER_HOUR);
    expect(await confirmEmail({ token })).toMatchObject({ ok: true });
    expect(await resendVerification({})).toMatchObject({ ok: true, data: { alreadyVerified: true } });
  });

  it("an OAuth sign-in with the same provider-verified email verifies the account", async () => {
    const { user } = await signUpAndReadEmail();
    await findOrCreateOAuthUser({
      provider: "github",
      providerAccountId: randomUUID(),
      email: user.email,
      name: "New Person",
    });
    expect(await available(user.id)).toBe(100);
    const fresh = await findOrCreateOAuthUser({
      provider: "github",
      providerAccountId: randomUUID(),
      email: newEmail(),
      name: null,
    });
    expect(fresh.emailVerifiedAt).toEqual(expect.any(Date));
    expect(await available(fresh.id)).toBe(100);
  });
});
