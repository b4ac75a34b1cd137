import "server-only";
import MailChecker from "mailchecker";
import { db, isUniqueViolation } from "@/lib/db";
import { sendEmail } from "@/lib/email/send";
import { appUrlOf, env, isMachineLocal } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { consumeRateLimit } from "@/lib/security/rate-limit";
import { DUMMY_PASSWORD_HASH, hashPassword, verifyPassword } from "./password";
import { revokeOtherSessions } from "./sessions";
import { consumeToken, issueToken } from "./tokens";
import { markEmailVerified } from "./verification";

/** Wrong current passwords per person in 15 minutes before the check refuses: a stolen session cannot guess it. */
const CURRENT_PASSWORD_TRIES = 5;

/**
 * Checks the person's current password (the proof a change needs beyond the session), throttled per
 * person. An account made with OAuth has no password: it proves itself through the emailed link instead.
 */
async function requireCurrentPassword(userId: string, password: string) {
  const limited = await consumeRateLimit(`current-password:${userId}`, {
    limit: CURRENT_PASSWORD_TRIES,
    windowMs: 15 * 60_000,
  });
  if (!limited.allowed)
    throw new AppError(
      "RATE_LIMITED",
      "Too many wrong passwords. Try again in 15 minutes, or reset your password from the sign-in page.",
    );
  const { passwordHash } = await db().user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  const matches = await verifyPassword(passwordHash ?? DUMMY_PASSWORD_HASH, password);
  if (!passwordHash || !matches)
    throw new AppError("INVALID_INPUT", "That is not your current password.", {
      fieldErrors: { currentPassword: ["That is not your current password."] },
    });
}

/**
 * A new password, given the current one: every other session ends (this one stays signed in) and the
 * person is told by email.
 */
export async function changePassword({
  userId,
  sessionId,
  currentPassword,
  newPassword,
}: {
  userId: string;
  sessionId: string;
  currentPassword: string;
  newPassword: string;
}) {
  await requireCurrentPassword(userId, currentPassword);
  const user = await db().user.update({
    where: { id: userId },
    data: { passwordHash: await hashPassword(newPassword) },
    select: { email: true },
  });
  const signedOut = await revokeOtherSessions({ userId, except: sessionId });
  await sendEmail({
    to: user.email,
    subject: "Your Tally password was changed",
    heading: "Your password was changed",
    paragraphs: [
      "The password of your Tally account was just changed in Settings, and your other devices were signed out.",
    ],
    action: { label: "Reset your password", url: `${appUrlOf(env())}/forgot-password` },
    footnote: "If this was you, there is nothing to do. If it was not, reset your password right away.",
  });
  return { signedOut };
}

/**
 * Starts an email change: a link to the new address (24 hours, once) makes it take effect; the old address
 * is told at once. The current password is asked for, as a session alone should not be able to move the account.
 */
export async function requestEmailChange({
  userId,
  newEmail,
  currentPassword,
}: {
  userId: string;
  newEmail: string;
  currentPassword: string;
}) {
  const email = newEmail.toLowerCase();
  const user = await db().user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
  if (email === user.email)
    throw new AppError("INVALID_INPUT", "That is already your email.", {
      fieldErrors: { newEmail: ["That is already your email."] },
    });
  if (!MailChecker.isValid(email))
    throw new AppError("INVALID_INPUT", "Use an email address you keep: disposable inboxes can't be used.", {
      fieldErrors: { newEmail: ["Use an email address you keep."] },
    });
  await requireCurrentPassword(userId, currentPassword);
  if (await db().user.findUnique({ where: { email }, select: { id: true } }))
    throw new AppError("CONFLICT", "Another account uses that email.");
  const token = await issueToken({ userId, purpose: "CHANGE_EMAIL", email, replaceEarlier: true });
  const link = `${appUrlOf(env())}/confirm-email-change/${token}`;
  await sendEmail({
    to: email,
    subject: "Confirm your new email for Tally",
    heading: "Confirm your new email",
    paragraphs: [
      "Confirm that this is the new email of your Tally account. Until you do, the account keeps its old address.",
    ],
    action: { label: "Use this email", url: link },
    footnote: "The link works once, for 24 hours. If you did not ask for this, ignore this email.",
  });
  await sendEmail({
    to: user.email,
    subject: "Your Tally email is being changed",
    heading: "Your email is being changed",
    paragraphs: [
      `Someone signed in to your Tally account asked to change its email to ${email}. Nothing changes until that address confirms.`,
    ],
    action: { label: "Reset your password", url: `${appUrlOf(env())}/forgot-password` },
    footnote:
      "If this was you, there is nothing to do. If it was not, reset your password now: the link above ends every session.",
  });
  if (isMachineLocal(env())) log.info({ to: email, link }, "email change link (local only)");
  return { pendingEmail: email };
}

/** The link sent to the new address: the account's email becomes it (proven, so verified), and the old address is told. */
export async function confirmEmailChange({ token, now = new Date() }: { token: string; now?: Date }) {
  const used = await consumeToken({ token, purpose: "CHANGE_EMAIL", now });
  if (!used)
    throw new AppError(
      "NOT_FOUND",
      "This link has expired or was already used. Ask for the change again in Settings › Profile.",
    );
  const before = await db().user.findUniqueOrThrow({ where: { id: used.userId }, select: { email: true } });
  try {
    await db().user.update({ where: { id: used.userId }, data: { email: used.email, emailVerifiedAt: null } });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "Another account uses that email now.");
    throw error;
  }
  // Cleared and set again through the one path that verifies: a Free account still unverified gets its allowance now.
  await markEmailVerified({ userId: used.userId, email: used.email, now });
  await sendEmail({
    to: before.email,
    subject: "Your Tally email was changed",
    heading: "Your email was changed",
    paragraphs: [
      `The email of your Tally account is now ${used.email}; sign in with it from now on. This address gets no more emails from Tally.`,
    ],
    footnote: `If this was not you, someone has your password: reset it from ${appUrlOf(env())}/forgot-password with the new address, or contact support.`,
  });
  return { email: used.email };
}
