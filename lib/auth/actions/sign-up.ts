"use server";

import MailChecker from "mailchecker";
import { cookies, headers } from "next/headers";
import { z } from "zod";
import { canonicalTimeZone } from "@/lib/account/time-zone";
import { publicAction } from "@/lib/actions/action";
import { viaOf } from "@/lib/affiliate/clicks";
import { REFERRAL_COOKIE, REFERRAL_VIA_COOKIE } from "@/lib/billing/referral-cookie";
import { recordReferral } from "@/lib/billing/referrals";
import { isUniqueViolation } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { clientAddress } from "@/lib/security/client-address";
import { consumeRateLimit } from "@/lib/security/rate-limit";
import { hashPassword } from "../password";
import { passwordSchema } from "../password-rules";
import { createUser, getUserByEmail } from "../queries";
import { sendVerificationEmail } from "../verification";

const signUpSchema = z.object({
  name: z.string().trim().min(1, "Tell us your name").max(80, "Use at most 80 characters"),
  email: z.email("Enter a valid email address").max(200),
  password: passwordSchema,
  timeZone: z.string().max(64).optional(),
});

/**
 * Creates an account on the Free plan and emails the link that verifies it: its 100 free credits arrive
 * when the link is clicked. The form then signs in with the same credentials.
 * A few an hour per client address (TALLY_SIGNUPS_PER_HOUR), so nobody farms free credits. Where the
 * address is unknown (plain `next start`, see lib/security/client-address.ts) every sign-up shares one
 * budget: fail closed rather than open.
 */
export const signUp = publicAction(signUpSchema, async ({ name, email, password, timeZone }) => {
  const address = clientAddress((await headers()).get("x-forwarded-for")) ?? "unknown";
  const limited = await consumeRateLimit(`sign-up:${address}`, {
    limit: env().TALLY_SIGNUPS_PER_HOUR,
    windowMs: 60 * 60_000,
  });
  if (!limited.allowed) {
    const minutes = Math.ceil(limited.retryAfterMs / 60_000);
    throw new AppError(
      "RATE_LIMITED",
      `Too many new accounts from your network. Please try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
      {
        retryAfterSeconds: Math.ceil(limited.retryAfterMs / 1000),
      },
    );
  }
  // A throwaway inbox would verify and mint 100 credits a minute: refused by a maintained list (mailchecker).
  if (!MailChecker.isValid(email)) {
    throw new AppError("INVALID_INPUT", "Use an email address you keep: disposable inboxes can't sign up.", {
      fieldErrors: { email: ["Use an email address you keep: disposable inboxes can't sign up."] },
    });
  }
  const taken = () => new AppError("CONFLICT", "An account with this email already exists. Sign in instead.");
  if (await getUserByEmail({ email })) throw taken();
  try {
    const user = await createUser({
      email,
      name,
      passwordHash: await hashPassword(password),
      timeZone: (timeZone && canonicalTimeZone(timeZone)) || "UTC",
      emailVerified: false,
    });
    const jar = await cookies();
    const referralCode = jar.get(REFERRAL_COOKIE)?.value;
    if (referralCode)
      await recordReferral({
        refereeId: user.id,
        code: referralCode,
        via: viaOf(jar.get(REFERRAL_VIA_COOKIE)?.value ?? null),
      });
    await sendVerificationEmail({ userId: user.id, email: user.email });
    return { email: user.email };
  } catch (error) {
    if (isUniqueViolation(error)) throw taken();
    throw error;
  }
});
