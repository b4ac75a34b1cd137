import "server-only";
import { db } from "@/lib/db";
import { sendEmail } from "@/lib/email/send";
import { appUrl } from "./stripe";

/**
 * Low-balance alert: once the available balance falls below the person's threshold, one email is
 * sent (claimed with a conditional write, so concurrent requests send it once); the alert re-arms
 * when the balance is back above the threshold.
 */
export async function checkLowBalance(userId: string) {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: {
      email: true,
      lowBalanceThreshold: true,
      lowBalanceNotifiedAt: true,
      wallet: { select: { available: true } },
    },
  });
  const threshold = user?.lowBalanceThreshold;
  if (!user?.wallet || threshold === null || threshold === undefined) return { sent: false };
  const available = user.wallet.available;
  if (available >= threshold) {
    if (user.lowBalanceNotifiedAt)
      await db().user.update({ where: { id: userId }, data: { lowBalanceNotifiedAt: null } });
    return { sent: false };
  }
  const { count } = await db().user.updateMany({
    where: { id: userId, lowBalanceNotifiedAt: null },
    data: { lowBalanceNotifiedAt: new Date() },
  });
  if (count === 0) return { sent: false };
  await sendEmail({
    to: user.email,
    subject: `Your Tally balance is below ${threshold} credits`,
    heading: `You have ${available.toLocaleString("en-US")} credits left`,
    paragraphs: [
      `Your balance fell below the ${threshold.toLocaleString("en-US")} credits you asked to be told about.`,
      "A credit pack tops it up at once and never expires at the monthly reset; a bigger plan gives more every month.",
    ],
    action: { label: "Top up or upgrade", url: `${appUrl()}/settings/billing` },
    footnote:
      "You get this email once each time your balance falls below the alert; change or turn it off in Settings › Plan & billing.",
  });
  return { sent: true };
}
