import type { Metadata } from "next";
import { ensureReferralCode, referralStats } from "@/lib/billing/referrals";
import { appUrl } from "@/lib/billing/stripe";
import { getAccount } from "../../_lib/account";
import { HowReferralsWork } from "./_components/how-referrals-work";
import { ReferralLinkCard } from "./_components/referral-link-card";
import { ReferralStats } from "./_components/referral-stats";

export const metadata: Metadata = { title: "Referrals" };

export default async function ReferralsPage() {
  const { user } = await getAccount();
  const [code, stats] = await Promise.all([ensureReferralCode(user.id), referralStats({ userId: user.id })]);
  return (
    <div className="space-y-4">
      <ReferralLinkCard link={`${appUrl()}/r/${code}`} />
      <ReferralStats stats={stats} />
      <HowReferralsWork />
    </div>
  );
}
