import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { signInAs } from "@/lib/testing/session";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/session"));
const { changeOwnPassword } = await import("./actions/change-password");
const { changeEmail } = await import("./actions/change-email");
const { confirmNewEmail } = await import("./actions/confirm-email-change");
const { updateName } = await import("@/lib/account/actions/update-name");
const { createUser } = await import("./queries");
const { hashPassword, verifyPassword } = await import("./password");
const { startSession, activeSessionUser } = await import("./sessions");

const PASSWORD = "the current passphrase";

/** A person with a password, signed in on this device (and two others). */
async function signedInPerson() {
  const user = await createUser({
    email: `me-${randomUUID()}@example.test`,
    name: "Me",
    passwordHash: await hashPassword(PASSWORD),
    emailVerified: true,
  });
  const here = await startSession({ userId: user.id, userAgent: "this laptop" });
  const others = [
    await startSession({ userId: user.id, userAgent: "phone" }),
    await startSession({ userId: user.id, userAgent: "tablet" }),
  ];
  signInAs(user);
  // The stand-in session names this device's session.
  (await import("@/lib/testing/session")).setTestSessionId(here);
  return { user, here, others };
}

const linkTo = async (email: string, subject: string) => {
  const message = await db().emailOutbox.findFirstOrThrow({
    where: { to: email, subject },
    orderBy: { createdAt: "desc" },
  });
  return /\/confirm-email-change\/([\w-]+)/.exec(message.body)?.[1] ?? null;
};

describe("changing the password", () => {
  it("needs the current one; then signs out the other devices (not this one) and tells the person", async () => {
    const { user, here, others } = await signedInPerson();
    expect(
      await changeOwnPassword({ currentPassword: "a wrong guess!", newPassword: "a brand new passphrase" }),
    ).toMatchObject({ ok: false, code: "INVALID_INPUT", message: "That is not your current password." });
    expect(await activeSessionUser({ sid: others[0]!, userId: user.id })).not.toBeNull();
    expect(await changeOwnPassword({ currentPassword: PASSWORD, newPassword: "a brand new passphrase" })).toEqual({
      ok: true,
      data: { signedOut: 2 },
    });
    const { passwordHash } = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(passwordHash!, "a brand new passphrase")).toBe(true);
    expect(await activeSessionUser({ sid: here, userId: user.id })).not.toBeNull();
    for (const sid of others) expect(await activeSessionUser({ sid, userId: user.id })).toBeNull();
    expect(
      await db().emailOutbox.count({ where: { to: user.email, subject: "Your Tally password was changed" } }),
    ).toBe(1);
  });

  it("a stolen session cannot guess the current password: after 5 wrong tries even the right one waits", async () => {
    await signedInPerson();
    for (let i = 0; i < 5; i += 1)
      expect(
        await changeOwnPassword({ currentPassword: `guess number ${i}`, newPassword: "a brand new passphrase" }),
      ).toMatchObject({ code: "INVALID_INPUT" });
    expect(await changeOwnPassword({ currentPassword: PASSWORD, newPassword: "a brand new passphrase" })).toMatchObject(
      { ok: false, code: "RATE_LIMITED" },
    );
  });
});

describe("changing the email", () => {
  it("takes effect only when the new address confirms; the old address is told twice, the link works once", async () => {
    const { user } = await signedInPerson();
    const next = `next-${randomUUID()}@example.test`;
    expect(await changeEmail({ newEmail: next, currentPassword: PASSWORD })).toEqual({
      ok: true,
      data: { pendingEmail: next },
    });
    expect(await db().user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ email: user.email });
    expect(
      await db().emailOutbox.count({ where: { to: user.email, subject: "Your Tally email is being changed" } }),
    ).toBe(1);
    const token = await linkTo(next, "Confirm your new email for Tally");
    expect(await confirmNewEmail({ token })).toEqual({ ok: true, data: { email: next } });
    expect(await db().user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      email: next,
      emailVerifiedAt: expect.any(Date),
    });
    expect(await db().emailOutbox.count({ where: { to: user.email, subject: "Your Tally email was changed" } })).toBe(
      1,
    );
    expect(await confirmNewEmail({ token })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    // Still the one Free allowance.
    expect(await db().wallet.findUniqueOrThrow({ where: { userId: user.id } })).toMatchObject({ available: 100 });
  });

  it("refuses a wrong password, an address another account has (then or by the time of the click), and a disposable inbox", async () => {
    const { user } = await signedInPerson();
    const other = await createUser({ email: `other-${randomUUID()}@example.test`, emailVerified: true });
    expect(
      await changeEmail({ newEmail: `x-${randomUUID()}@example.test`, currentPassword: "not my password" }),
    ).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(await changeEmail({ newEmail: other.email, currentPassword: PASSWORD })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    expect(
      await changeEmail({ newEmail: `x-${randomUUID()}@mailinator.com`, currentPassword: PASSWORD }),
    ).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    const contested = `contested-${randomUUID()}@example.test`;
    await changeEmail({ newEmail: contested, currentPassword: PASSWORD });
    await createUser({ email: contested, emailVerified: true });
    expect(
      await confirmNewEmail({ token: (await linkTo(contested, "Confirm your new email for Tally"))! }),
    ).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await db().user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ email: user.email });
  });

  it("an account without a password (OAuth) cannot move its email with a session alone", async () => {
    const user = await createUser({ email: `oauth-${randomUUID()}@example.test`, emailVerified: true });
    signInAs(user);
    expect(
      await changeEmail({ newEmail: `x-${randomUUID()}@example.test`, currentPassword: "anything at all" }),
    ).toMatchObject({ ok: false, code: "INVALID_INPUT" });
  });
});

describe("the name", () => {
  it("is saved trimmed, and an empty one is refused", async () => {
    const { user } = await signedInPerson();
    expect(await updateName({ name: "  Grace Hopper " })).toEqual({ ok: true, data: { name: "Grace Hopper" } });
    expect(await updateName({ name: "   " })).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(await db().user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ name: "Grace Hopper" });
  });
});
