import { formatUsd } from "@/config/plans";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { AffiliateDashboard } from "@/lib/affiliate/queries";
import { EarningsChartLoader } from "./earnings-chart-loader";

const monthName = (month: string) =>
  new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${month}-01T00:00:00Z`),
  );

/** Commissions per month over the last year, by where they stand; the same numbers as a table. */
export function EarningsOverTime({ months }: { months: AffiliateDashboard["byMonth"] }) {
  const earning = months.filter((bar) => bar.pending + bar.approved + bar.paid !== 0);
  return (
    <Card>
      <CardHeader>
        <CardTitle>Earnings over time</CardTitle>
        <CardDescription>Commissions by the month of the payment, over the last 12 months.</CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        <EarningsChartLoader months={months} />
        <details className="text-sm">
          <summary className="cursor-pointer text-muted-foreground">Show as a table</summary>
          {earning.length === 0 ? (
            <p className="mt-2 text-muted-foreground">No commissions in the last 12 months.</p>
          ) : (
            <table className="mt-2 w-full">
              <thead className="text-left text-xs text-muted-foreground">
                <tr>
                  <th className="py-1 font-medium">Month</th>
                  <th className="py-1 text-right font-medium">Pending</th>
                  <th className="py-1 text-right font-medium">Approved</th>
                  <th className="py-1 text-right font-medium">Paid</th>
                </tr>
              </thead>
              <tbody>
                {earning.map((bar) => (
                  <tr key={bar.month} className="border-t border-border">
                    <td className="py-1.5">{monthName(bar.month)}</td>
                    <td className="py-1.5 text-right tabular-nums">{formatUsd(bar.pending)}</td>
                    <td className="py-1.5 text-right tabular-nums">{formatUsd(bar.approved)}</td>
                    <td className="py-1.5 text-right tabular-nums">{formatUsd(bar.paid)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </details>
      </CardContent>
    </Card>
  );
}
