import { formatNumber } from "@/components/format";
import { StatGrid } from "@/components/stat-grid";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";

interface ReferralStatsProps {
  stats: { signUps: number; conversions: number; creditsEarned: number };
}

export function ReferralStats({ stats }: ReferralStatsProps) {
  const items = [
    { label: "Sign-ups", value: formatNumber(stats.signUps), hint: "Joined through your link" },
    { label: "Conversions", value: formatNumber(stats.conversions), hint: "Made their first payment" },
    { label: "Credits earned", value: formatNumber(stats.creditsEarned), hint: "Bonus credits you received" },
  ];
  return (
    <Card>
      <CardHeader>
        <CardTitle>Your referrals</CardTitle>
      </CardHeader>
      <CardContent>
        <StatGrid stats={items} />
      </CardContent>
    </Card>
  );
}
