import { formatNumber } from "@/components/format";
import { periodBefore, type ActivityRange } from "@/lib/activity/range";
import { averageCost, chargedRequests, describeChange, type Totals } from "@/lib/activity/usage";
import { formatAverage } from "../_lib/present";

export function SummaryStats({ totals, previous, range }: { totals: Totals; previous: Totals; range: ActivityRange }) {
  const charged = chargedRequests(totals);
  const before = periodBefore(range);
  const stats = [
    {
      id: "credits",
      label: "Credits spent",
      value: formatNumber(totals.credits),
      note: "charged to your balance",
      change: describeChange(totals.credits, previous.credits, before),
    },
    {
      id: "requests",
      label: "Requests made",
      value: formatNumber(totals.requests),
      note: `${formatNumber(charged)} charged`,
      change: describeChange(totals.requests, previous.requests, before),
    },
    {
      id: "average",
      label: "Average per request",
      value: formatAverage(averageCost(totals)),
      note: "credits per charged request",
      change: describeChange(averageCost(totals), averageCost(previous), before),
    },
    {
      id: "refunded",
      label: "Refunded requests",
      value: formatNumber(totals.refunded),
      note: "failed, so not charged",
      change: describeChange(totals.refunded, previous.refunded, before),
    },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
      {stats.map((stat) => (
        <div
          key={stat.id}
          data-testid={`stat-${stat.id}`}
          className="rounded-2xl border border-border bg-surface p-4 shadow-sm"
        >
          <dt className="text-sm text-muted-foreground">{stat.label}</dt>
          <dd className="mt-1">
            <span data-testid="stat-value" className="block text-2xl font-semibold tracking-tight tabular-nums">
              {stat.value}
            </span>
            <span className="block text-xs text-muted-foreground">{stat.note}</span>
            {stat.change && (
              <span data-testid="stat-change" className="mt-1 block text-xs font-medium text-muted-foreground">
                {stat.change}
              </span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
