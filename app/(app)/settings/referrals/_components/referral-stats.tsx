import { formatNumber } from "@/components/format";
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
        <dl className="grid gap-3 sm:grid-cols-3">
          {items.map((item) => (
            <div key={item.label} className="rounded-xl border border-border p-4">
              <dt className="text-sm text-muted-foreground">{item.label}</dt>
              <dd className="mt-1 text-2xl font-semibold tracking-tight tabular-nums">{item.value}</dd>
              <dd className="text-xs text-muted-foreground">{item.hint}</dd>
            </div>
          ))}
        </dl>
      </CardContent>
    </Card>
  );
}
