"use server";

import { z } from "zod";
import { authedAction } from "@/lib/actions/action";
import { requireTestMode } from "@/lib/billing/sandbox/mode";
import { db } from "@/lib/db";
import { sendMonthlyTransfers } from "../transfers";

/**
 * Test mode only: runs this person's part of the 1st-of-the-month transfer job now, with this month as
 * its month (so, like the job, once a month). Says what it paid, if anything.
 */
export const sendTransferNow = authedAction(
  z.object({}),
  async (_input, { user }) => {
    requireTestMode();
    const { claimed } = await sendMonthlyTransfers(new Date(), { only: user.id });
    const payout = claimed[0] ? await db().affiliatePayout.findUnique({ where: { id: claimed[0] } }) : null;
    return payout ? { status: payout.status, cents: payout.cents, failure: payout.failure } : null;
  },
  { rateLimit: "mutation" },
);
