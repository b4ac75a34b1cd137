"use server";

import { z } from "zod";
import { authedAction } from "@/lib/actions/action";
import { requireMoneyPayouts } from "@/lib/billing/stripe";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { syncConnectAccount } from "../connect";

/** "Check again": reads the affiliate's own Express account at Stripe now, instead of waiting for its event. */
export const refreshPayoutAccount = authedAction(
  z.object({}),
  async (_input, { user }) => {
    requireMoneyPayouts();
    const affiliate = await db().affiliate.findUnique({ where: { userId: user.id } });
    if (!affiliate?.connectAccountId) throw new AppError("NOT_FOUND", "Set up payouts first.");
    return syncConnectAccount(affiliate.connectAccountId);
  },
  { rateLimit: "mutation" },
);
