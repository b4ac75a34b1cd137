import { Gift } from "lucide-react";
import type { Metadata } from "next";
import { REFERRAL_BONUS } from "@/config/plans";
import { ComingSoon } from "@/components/coming-soon";
import { formatCredits } from "@/components/format";

export const metadata: Metadata = { title: "Referrals" };

export default function ReferralsPage() {
  return (
    <ComingSoon
      level={2}
      icon={Gift}
      title="Referrals"
      description={`Invite friends with your personal link. When someone you invited first pays, you get ${formatCredits(REFERRAL_BONUS.referrer)} and they get ${formatCredits(REFERRAL_BONUS.referee)}.`}
      points={["Your invite link, ready to copy and share.", "Who joined through it, and the bonus credits you have earned."]}
    />
  );
}
