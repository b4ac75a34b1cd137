"use server";

import { z } from "zod";
import { authedAction } from "@/lib/actions/action";
import { setDailyCap, setSpendCap } from "@/lib/credits";
import { db } from "@/lib/db";
import { checkLowBalance } from "../alerts";

const credits = z
  .number()
  .int("Use whole credits")
  .min(1, "Use at least 1 credit")
  .max(1_000_000, "That is more than any plan allows")
  .nullable();

/** Sets the low-balance alert threshold and the personal monthly and daily spend caps (null turns any off). */
export const updateAlerts = authedAction(
  z.object({ lowBalanceThreshold: credits, monthlySpendCap: credits, dailySpendCap: credits }),
  async ({ lowBalanceThreshold, monthlySpendCap, dailySpendCap }, { user }) => {
    await db().user.update({ where: { id: user.id }, data: { lowBalanceThreshold, lowBalanceNotifiedAt: null } });
    const { spent, capRemaining } = await setSpendCap({ userId: user.id, cap: monthlySpendCap });
    const { spentToday, dayRemaining } = await setDailyCap({ userId: user.id, cap: dailySpendCap });
    await checkLowBalance(user.id);
    return {
      lowBalanceThreshold,
      monthlySpendCap,
      dailySpendCap,
      spentThisPeriod: spent,
      capRemaining,
      spentToday,
      dayRemaining,
    };
  },
  { rateLimit: "mutation" },
);
