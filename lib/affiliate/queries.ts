import "server-only";
import { createHash } from "node:crypto";
import { addMonths, startOfMonth } from "date-fns";
import { TZDate } from "@date-fns/tz";
import { db, type EarningStatus } from "@/lib/db";

export const CHART_MONTHS = 12;
type MonthBar = { month: string; pending: number; approved: number; paid: number };

/**
 * Commissions earned per month (by payment date, in the person's time zone) over the last 12 months, split
 * by where they stand now, in cents; clawbacks count against paid. Reversed commissions earn nothing.
 */
function earningsByMonth(
  earnings: { createdAt: Date; status: EarningStatus; cents: number }[],
  timeZone: string,
  now: Date,
): MonthBar[] {
  const first = startOfMonth(addMonths(new TZDate(now.getTime(), timeZone), -(CHART_MONTHS - 1)));
  const key = (date: Date) => new TZDate(date.getTime(), timeZone).toISOString().slice(0, 7);
  const bars = new Map<string, MonthBar>();
  for (let i = 0; i < CHART_MONTHS; i += 1) {
    const month = key(addMonths(first, i));
    bars.set(month, { month, pending: 0, approved: 0, paid: 0 });
  }
  for (const earning of earnings) {
    const bar = bars.get(key(earning.createdAt));
    if (!bar || earning.status === "REVERSED") continue;
    const state = earning.status === "PAID" ? "paid" : earning.status === "APPROVED" ? "approved" : "pending";
    bar[state] += earning.cents;
  }
  return [...bars.values()];
}

/** How the affiliate sees a customer: a stable label that says nothing about who they are. */
export function customerLabel(affiliateId: string, refereeId: string) {
  return `Customer ${createHash("sha256").update(`${affiliateId}:${refereeId}`).digest("hex").slice(0, 6)}`;
}

/** Everything Settings › Affiliate shows, read for its owner only. */
export async function getAffiliateDashboard(userId: string, { timeZone = "UTC", now = new Date() } = {}) {
  const affiliate = await db().affiliate.findUnique({ where: { userId } });
  if (!affiliate) return null;
  const chartFrom = addMonths(now, -CHART_MONTHS - 1);
  const [clicks, signUps, earningsByStatus, payingCustomers, nextDue, commissions, payouts, paidOut, reversed, recent] =
    await Promise.all([
      db().affiliateClick.count({ where: { affiliateId: userId } }),
      db().referral.count({ where: { referrerId: userId } }),
      db().affiliateEarning.groupBy({
        by: ["status"],
        where: { affiliateId: userId },
        _sum: { cents: true },
      }),
      db().affiliateEarning.findMany({
        where: { affiliateId: userId, kind: "COMMISSION" },
        distinct: ["refereeId"],
        select: { refereeId: true },
      }),
      db().affiliateEarning.findFirst({
        where: { affiliateId: userId, status: "PENDING" },
        orderBy: { approvesAt: "asc" },
        select: { approvesAt: true },
      }),
      db().affiliateEarning.findMany({
        where: { affiliateId: userId },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: 50,
      }),
      db().affiliatePayout.findMany({ where: { affiliateId: userId }, orderBy: { createdAt: "desc" }, take: 50 }),
      // Every payout, not only the 50 listed; a failed transfer paid nothing, a reversed one less.
      db().affiliatePayout.aggregate({
        where: { affiliateId: userId, status: { not: "FAILED" } },
        _sum: { cents: true, reversedCents: true },
      }),
      reversedCents(userId),
      db().affiliateEarning.findMany({
        where: { affiliateId: userId, createdAt: { gte: chartFrom } },
        select: { createdAt: true, status: true, cents: true },
      }),
    ]);
  const sum = (status: EarningStatus) => earningsByStatus.find((row) => row.status === status)?._sum.cents ?? 0;
  return {
    joinedAt: affiliate.joinedAt,
    funnel: {
      clicks,
      signUps,
      payingCustomers: payingCustomers.length,
      conversion: clicks > 0 ? payingCustomers.length / clicks : null,
    },
    earnings: {
      pendingCents: sum("PENDING"),
      // Approved earnings are the unpaid ones (a payout makes them PAID), clawbacks included: what a payout takes now.
      approvedCents: sum("APPROVED"),
      paidCents: (paidOut._sum.cents ?? 0) - (paidOut._sum.reversedCents ?? 0),
      reversedCents: reversed,
      nextApprovalAt: nextDue?.approvesAt ?? null,
    },
    commissions: commissions.map((earning) => ({
      id: earning.id,
      customer: earning.refereeId ? customerLabel(userId, earning.refereeId) : null,
      kind: earning.kind,
      disputed: earning.disputed,
      paymentCents: earning.paymentCents,
      cents: earning.cents,
      status: earning.status,
      createdAt: earning.createdAt,
      approvesAt: earning.approvesAt,
    })),
    payouts: payouts.map(({ id, method, status, cents, credits, reversedCents, failure, createdAt }) => ({
      id,
      method,
      status,
      cents,
      credits,
      reversedCents,
      failure,
      createdAt,
    })),
    payoutAccount: {
      connected: affiliate.connectAccountId !== null,
      detailsSubmitted: affiliate.connectDetailsSubmitted,
      transfersEnabled: affiliate.transfersEnabled,
      nextTransferOn: startOfMonth(addMonths(new TZDate(now.getTime(), "UTC"), 1)),
    },
    byMonth: earningsByMonth(recent, timeZone, now),
  };
}

/** What went back of the commissions: what unpaid ones lost, and every clawback of a paid one (not returned transfers). */
async function reversedCents(userId: string) {
  const [commissions, clawbacks] = await Promise.all([
    db().affiliateEarning.aggregate({
      where: { affiliateId: userId, kind: "COMMISSION" },
      _sum: { earnedCents: true, cents: true },
    }),
    db().affiliateEarning.aggregate({ where: { affiliateId: userId, kind: "CLAWBACK" }, _sum: { cents: true } }),
  ]);
  return (commissions._sum.earnedCents ?? 0) - (commissions._sum.cents ?? 0) - (clawbacks._sum.cents ?? 0);
}

export type AffiliateDashboard = NonNullable<Awaited<ReturnType<typeof getAffiliateDashboard>>>;
