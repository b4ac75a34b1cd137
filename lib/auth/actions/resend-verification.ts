"use server";

import { z } from "zod";
import { authedAction } from "@/lib/actions/action";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { consumeRateLimit } from "@/lib/security/rate-limit";
import { sendVerificationEmail, VERIFICATION_EMAILS_PER_HOUR } from "../verification";

/** "Resend the link": a new verification email to the person's address (earlier links keep working). */
export const resendVerification = authedAction(
  z.object({}),
  async (_input, { user }) => {
    const { email, emailVerifiedAt } = await db().user.findUniqueOrThrow({
      where: { id: user.id },
      select: { email: true, emailVerifiedAt: true },
    });
    if (emailVerifiedAt) return { alreadyVerified: true, email };
    const limited = await consumeRateLimit(`verify-email:${user.id}`, {
      limit: VERIFICATION_EMAILS_PER_HOUR,
      windowMs: 60 * 60_000,
    });
    if (!limited.allowed) {
      const minutes = Math.ceil(limited.retryAfterMs / 60_000);
      throw new AppError(
        "RATE_LIMITED",
        `We already sent several links. Check your spam folder, or try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
        {
          retryAfterSeconds: Math.ceil(limited.retryAfterMs / 1000),
        },
      );
    }
    await sendVerificationEmail({ userId: user.id, email });
    return { alreadyVerified: false, email };
  },
  { rateLimit: "mutation" },
);
