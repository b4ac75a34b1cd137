"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { publicAction } from "@/lib/actions/action";
import { AppError } from "@/lib/errors";
import { clientAddress } from "@/lib/security/client-address";
import { consumeRateLimit } from "@/lib/security/rate-limit";
import { requestPasswordReset } from "../password-reset";

/** Requests per network an hour, whatever the emails: stops one address from probing or flooding. */
const REQUESTS_PER_ADDRESS_PER_HOUR = 10;

/** The "Forgot password" form: one answer whether or not the email has an account. */
export const requestPasswordResetEmail = publicAction(
  z.object({ email: z.email("Enter a valid email address").max(200) }),
  async ({ email }) => {
    const address = clientAddress((await headers()).get("x-forwarded-for")) ?? "unknown";
    const limited = await consumeRateLimit(`password-reset-address:${address}`, {
      limit: REQUESTS_PER_ADDRESS_PER_HOUR,
      windowMs: 60 * 60_000,
    });
    if (!limited.allowed)
      throw new AppError("RATE_LIMITED", "Too many reset requests from your network. Please try again later.", {
        retryAfterSeconds: Math.ceil(limited.retryAfterMs / 1000),
      });
    await requestPasswordReset({ email });
    return { email: email.toLowerCase() };
  },
);
