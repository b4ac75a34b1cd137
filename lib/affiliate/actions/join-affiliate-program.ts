"use server";

import { z } from "zod";
import { AFFILIATE_TERMS } from "@/config/affiliate";
import { authedAction } from "@/lib/actions/action";
import { ensureReferralCode } from "@/lib/billing/referrals";
import { db, isUniqueViolation } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Joins the affiliate program under the current terms; a verified account only. Joining twice changes nothing. */
export const joinAffiliateProgram = authedAction(
  z.object({ acceptTerms: z.boolean().refine((accepted) => accepted, "Accept the terms to join.") }),
  async (_input, { user }) => {
    const { emailVerifiedAt } = await db().user.findUniqueOrThrow({
      where: { id: user.id },
      select: { emailVerifiedAt: true },
    });
    if (!emailVerifiedAt)
      throw new AppError("EMAIL_UNVERIFIED", "Confirm your email first: the link is in your inbox.");
    const code = await ensureReferralCode(user.id);
    try {
      await db().affiliate.create({ data: { userId: user.id, termsVersion: AFFILIATE_TERMS.version } });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    return { code };
  },
  { rateLimit: "mutation" },
);
