import { cookies } from "next/headers";
import { getLowBalanceThreshold } from "@/lib/billing/queries";
import { LowBalanceNotice } from "./low-balance-notice";

const DISMISSED_COOKIE = "tally_low_balance_dismissed";

/**
 * Shown under the header while the balance is below the person's alert threshold, unless they
 * dismissed it this browser session (a session cookie, read here so a dismissed banner never flashes).
 */
export async function LowBalanceBanner({ userId, available }: { userId: string; available: number }) {
  const [threshold, jar] = await Promise.all([getLowBalanceThreshold({ userId }), cookies()]);
  if (threshold === null || available >= threshold) return null;
  // The cookie holds the threshold it was dismissed at, so setting a new threshold shows the banner again.
  if (jar.get(DISMISSED_COOKIE)?.value === String(threshold)) return null;
  return (
    <LowBalanceNotice threshold={threshold} available={available} dismissCookie={`${DISMISSED_COOKIE}=${threshold}`} />
  );
}
