import { formatNumber } from "@/components/format";
import { StatGrid } from "@/components/stat-grid";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { AffiliateDashboard } from "@/lib/affiliate/queries";

export function FunnelStats({ funnel }: { funnel: AffiliateDashboard["funnel"] }) {
  const items = [
    { label: "Clicks", value: formatNumber(funnel.clicks), hint: "Visitors a day, bots not counted" },
    { label: "Sign-ups", value: formatNumber(funnel.signUps), hint: "Joined through your link" },
    { label: "Paying customers", value: formatNumber(funnel.payingCustomers), hint: "Paid at least once" },
    {
      label: "Conversion",
      value: funnel.conversion === null ? "—" : `${(funnel.conversion * 100).toFixed(1)}%`,
      hint: "Paying customers per click",
    },
  ];
  return (
    <Card>
      <CardHeader>
        <CardTitle>Your audience</CardTitle>
      </CardHeader>
      <CardContent>
        <StatGrid stats={items} />
      </CardContent>
    </Card>
  );
}
