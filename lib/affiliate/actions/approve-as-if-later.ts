"use server";

import { z } from "zod";
import { authedAction } from "@/lib/actions/action";
import { requireTestMode } from "@/lib/billing/sandbox/mode";
import { db } from "@/lib/db";
import { approveDueEarnings } from "../commissions";

/**
 * Test mode only: lets the refund window pass for this person's pending commissions (as if 30 days had
 * gone by), so the approval the job would make then happens now.
 */
export const approveAsIfLater = authedAction(
  z.object({}),
  async (_input, { user }) => {
    requireTestMode();
    const now = new Date();
    await db().affiliateEarning.updateMany({
      where: { affiliateId: user.id, status: "PENDING" },
      data: { approvesAt: now },
    });
    return { approved: await approveDueEarnings(now) };
  },
  { rateLimit: "mutation" },
);
