import "server-only";
import { PLANS } from "@/config/plans";
import { grantReferralBonuses } from "@/lib/billing/referrals";
import { ledgerTx, startFreePeriodInTx } from "@/lib/credits";
import { db } from "@/lib/db";
import { sendEmail } from "@/lib/email/send";
import { appUrlOf, env, isMachineLocal } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { consumeToken, issueToken } from "./tokens";

/** Emails made per person per hour by "Resend": enough for a lost email, too few to spam an inbox. */
export const VERIFICATION_EMAILS_PER_HOUR = 5;

/** The link in a verification email; the page asks before it uses the token (mail scanners open links). */
export function verificationLink(token: string) {
  return `${appUrlOf(env())}/verify-email/${token}`;
}

/** Emails a new 24-hour link proving the person owns `email`. */
export async function sendVerificationEmail({ userId, email }: { userId: string; email: string }) {
  const link = verificationLink(await issueToken({ userId, purpose: "VERIFY_EMAIL", email }));
  await sendEmail({
    to: email,
    subject: "Confirm your email for Tally",
    heading: "Confirm your email",
    paragraphs: [
      `Welcome to Tally. Confirm this address to get your ${PLANS.FREE.monthlyCredits} free credits for this month.`,
    ],
    action: { label: "Confirm your email", url: link },
    footnote: "The link works once, for 24 hours. If you did not sign up for Tally, ignore this email.",
  });
  // Only where nobody else can read the log: on a public server a link in the log would be a way in.
  if (isMachineLocal(env())) log.info({ to: email, link }, "verification link (local only)");
}

/**
 * The person proved they own `email`: marked verified once (the address must still be theirs), and a
 * Free account gets this period's allowance in the same transaction; any referral bonus that waited
 * for the verification is granted. Repeating it changes nothing.
 */
export async function markEmailVerified({
  userId,
  email,
  now = new Date(),
}: {
  userId: string;
  email: string;
  now?: Date;
}) {
  const verified = await ledgerTx(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: userId, email: email.toLowerCase(), emailVerifiedAt: null },
      data: { emailVerifiedAt: now },
    });
    if (count === 0) return false;
    await startFreePeriodInTx(tx, { userId, now });
    return true;
  });
  if (!verified) return false;
  const referrals = await db().referral.findMany({
    where: { OR: [{ refereeId: userId }, { referrerId: userId }], convertedAt: { not: null } },
    select: { refereeId: true },
  });
  for (const { refereeId } of referrals) await grantReferralBonuses(refereeId);
  return true;
}

/** Uses a verification link: the token works once, for 24 hours, and only for the address it was sent to. */
export async function verifyEmail({ token, now = new Date() }: { token: string; now?: Date }) {
  const used = await consumeToken({ token, purpose: "VERIFY_EMAIL", now });
  if (!used)
    throw new AppError("NOT_FOUND", "This link has expired or was already used. Sign in and ask for a new one.");
  const user = await db().user.findUnique({
    where: { id: used.userId },
    select: { email: true, emailVerifiedAt: true },
  });
  // The person changed their email since the link was sent: it proves an address they no longer use.
  if (!user || user.email !== used.email)
    throw new AppError("NOT_FOUND", "This link is for an email address your account no longer uses.");
  await markEmailVerified({ userId: used.userId, email: used.email, now });
  return { email: used.email };
}
