"use server";

import { z } from "zod";
import { authedAction } from "@/lib/actions/action";
import { setSpendCap } from "@/lib/credits";
import { db } from "@/lib/db";
import { checkLowBalance } from "../alerts";

const credits = z
  .number()
  .int("Use whole credits")
  .min(1, "Use at least 1 credit")
  .max(1_000_000, "That is more than any plan allows")
  .nullable();

/** Sets the low-balance alert threshold and the personal monthly spend cap (null turns either off). */
export const updateAlerts = authedAction(
  z.object({ lowBalanceThreshold: credits, monthlySpendCap: credits }),
  async ({ lowBalanceThreshold, monthlySpendCap }, { user }) => {
    await db().user.update({ where: { id: user.id }, data: { lowBalanceThreshold, lowBalanceNotifiedAt: null } });
    const { spent, capRemaining } = await setSpendCap({ userId: user.id, cap: monthlySpendCap });
    await checkLowBalance(user.id);
    return { lowBalanceThreshold, monthlySpendCap, spentThisPeriod: spent, capRemaining };
  },
  { rateLimit: "mutation" },
);
