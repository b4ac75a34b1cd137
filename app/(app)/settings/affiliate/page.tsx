import type { Metadata } from "next";
import { getAffiliateDashboard } from "@/lib/affiliate/queries";
import { ensureReferralCode } from "@/lib/billing/referrals";
import { appUrl, billingMode, moneyPayoutsEnabled } from "@/lib/billing/stripe";
import { getAccount } from "../../_lib/account";
import { AffiliateLinkCard } from "./_components/affiliate-link-card";
import { CommissionsTable } from "./_components/commissions-table";
import { EarningsCard } from "./_components/earnings-card";
import { EarningsOverTime } from "./_components/earnings-over-time";
import { FunnelStats } from "./_components/funnel-stats";
import { JoinProgramCard } from "./_components/join-program-card";
import { PayoutAccountCard } from "./_components/payout-account-card";
import { PayoutsTable } from "./_components/payouts-table";

export const metadata: Metadata = { title: "Affiliate" };

export default async function AffiliatePage() {
  const { user } = await getAccount();
  const dashboard = await getAffiliateDashboard(user.id, { timeZone: user.timeZone });
  if (!dashboard) return <JoinProgramCard verified={Boolean(user.emailVerifiedAt)} />;
  const code = await ensureReferralCode(user.id);
  const testMode = billingMode() === "test";
  return (
    <div className="space-y-4">
      <AffiliateLinkCard link={`${appUrl()}/r/${code}`} />
      <FunnelStats funnel={dashboard.funnel} />
      <EarningsCard earnings={dashboard.earnings} timeZone={user.timeZone} testMode={testMode} />
      <PayoutAccountCard
        account={dashboard.payoutAccount}
        approvedCents={dashboard.earnings.approvedCents}
        available={moneyPayoutsEnabled()}
        testMode={testMode}
        timeZone={user.timeZone}
      />
      <EarningsOverTime months={dashboard.byMonth} />
      <CommissionsTable commissions={dashboard.commissions} timeZone={user.timeZone} />
      <PayoutsTable payouts={dashboard.payouts} timeZone={user.timeZone} />
    </div>
  );
}
