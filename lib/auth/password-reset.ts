import "server-only";
import { db } from "@/lib/db";
import { sendEmail } from "@/lib/email/send";
import { appUrlOf, env, isMachineLocal } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { consumeRateLimit } from "@/lib/security/rate-limit";
import { hashPassword } from "./password";
import { getUserByEmail } from "./queries";
import { revokeOtherSessions } from "./sessions";
import { consumeToken, issueToken } from "./tokens";
import { markEmailVerified } from "./verification";

/** Reset emails per address per hour: a lost email can be asked for again, an inbox cannot be flooded. */
export const RESET_EMAILS_PER_HOUR = 3;

/**
 * "Forgot password": emails a one-hour link if an account has this email. The caller answers the same
 * either way, so nobody learns which emails have accounts. A new link voids the earlier ones.
 */
export async function requestPasswordReset({ email }: { email: string }) {
  const user = await getUserByEmail({ email });
  if (!user) return;
  const limited = await consumeRateLimit(`password-reset:${user.id}`, {
    limit: RESET_EMAILS_PER_HOUR,
    windowMs: 60 * 60_000,
  });
  if (!limited.allowed) return;
  const token = await issueToken({
    userId: user.id,
    purpose: "RESET_PASSWORD",
    email: user.email,
    replaceEarlier: true,
  });
  const link = `${appUrlOf(env())}/reset-password/${token}`;
  await sendEmail({
    to: user.email,
    subject: "Reset your Tally password",
    heading: "Reset your password",
    paragraphs: ["Someone (we hope you) asked to reset the password of your Tally account."],
    action: { label: "Choose a new password", url: link },
    footnote: "The link works once, for 1 hour. If it was not you, ignore this email: your password stays as it is.",
  });
  if (isMachineLocal(env())) log.info({ to: user.email, link }, "password reset link (local only)");
}

/**
 * Sets a new password with a reset link (once, within the hour, for the address it was sent to). Every
 * session of the account ends — whoever knew the old password is signed out — and the person is told.
 * The link also proves the email, so an unverified account is verified by it.
 */
export async function resetPassword({
  token,
  password,
  now = new Date(),
}: {
  token: string;
  password: string;
  now?: Date;
}) {
  const used = await consumeToken({ token, purpose: "RESET_PASSWORD", now });
  if (!used) throw new AppError("NOT_FOUND", "This reset link has expired or was already used. Ask for a new one.");
  const passwordHash = await hashPassword(password);
  const { count } = await db().user.updateMany({
    where: { id: used.userId, email: used.email },
    data: { passwordHash },
  });
  if (count === 0)
    throw new AppError("NOT_FOUND", "This reset link is for an email address your account no longer uses.");
  await revokeOtherSessions({ userId: used.userId, now });
  await markEmailVerified({ userId: used.userId, email: used.email, now });
  await sendEmail({
    to: used.email,
    subject: "Your Tally password was changed",
    heading: "Your password was changed",
    paragraphs: [
      "The password of your Tally account was just changed with a reset link, and every device was signed out.",
    ],
    action: { label: "Reset it again", url: `${appUrlOf(env())}/forgot-password` },
    footnote:
      "If this was you, there is nothing to do. If it was not, reset your password right away: someone can read your email.",
  });
  return { email: used.email };
}
