"use server";

import { cookies, headers } from "next/headers";
import { z } from "zod";
import { canonicalTimeZone } from "@/lib/account/time-zone";
import { publicAction } from "@/lib/actions/action";
import { REFERRAL_COOKIE } from "@/lib/billing/referral-cookie";
import { recordReferral } from "@/lib/billing/referrals";
import { isUniqueViolation } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { clientAddress } from "@/lib/security/client-address";
import { consumeRateLimit } from "@/lib/security/rate-limit";
import { hashPassword } from "../password";
import { createUser, getUserByEmail } from "../queries";

const signUpSchema = z.object({
  name: z.string().trim().min(1, "Tell us your name").max(80, "Use at most 80 characters"),
  email: z.email("Enter a valid email address").max(200),
  password: z.string().min(10, "Use at least 10 characters").max(200, "Use at most 200 characters"),
  timeZone: z.string().max(64).optional(),
});

/**
 * Creates an account on the Free plan (100 credits); the form then signs in with the same credentials.
 * A few an hour per client address (TALLY_SIGNUPS_PER_HOUR), so nobody farms free credits. Where the
 * address is unknown (plain `next start`, see lib/security/client-address.ts) every sign-up shares one
 * budget: fail closed rather than open.
 */
export const signUp = publicAction(signUpSchema, async ({ name, email, password, timeZone }) => {
  const address = clientAddress((await headers()).get("x-forwarded-for")) ?? "unknown";
  const limited = await consumeRateLimit(`sign-up:${address}`, { limit: env().TALLY_SIGNUPS_PER_HOUR, windowMs: 60 * 60_000 });
  if (!limited.allowed) {
    const minutes = Math.ceil(limited.retryAfterMs / 60_000);
    throw new AppError("RATE_LIMITED", `Too many new accounts from your network. Please try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`, {
      retryAfterSeconds: Math.ceil(limited.retryAfterMs / 1000),
    });
  }
  const taken = () => new AppError("CONFLICT", "An account with this email already exists. Sign in instead.");
  if (await getUserByEmail({ email })) throw taken();
  try {
    const user = await createUser({ email, name, passwordHash: await hashPassword(password), timeZone: (timeZone && canonicalTimeZone(timeZone)) || "UTC" });
    const referralCode = (await cookies()).get(REFERRAL_COOKIE)?.value;
    if (referralCode) await recordReferral({ refereeId: user.id, code: referralCode });
    return { email: user.email };
  } catch (error) {
    if (isUniqueViolation(error)) throw taken();
    throw error;
  }
});
