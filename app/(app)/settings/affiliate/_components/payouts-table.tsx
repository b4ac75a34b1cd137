import { formatUsd } from "@/config/plans";
import { formatCredits, formatDate } from "@/components/format";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { AffiliateDashboard } from "@/lib/affiliate/queries";

export function PayoutsTable({ payouts, timeZone }: { payouts: AffiliateDashboard["payouts"]; timeZone: string }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Payouts</CardTitle>
      </CardHeader>
      <CardContent>
        {payouts.length === 0 ? (
          <p className="text-sm text-muted-foreground">Nothing paid out yet.</p>
        ) : (
          <ul className="divide-y divide-border text-sm">
            {payouts.map((payout) => (
              <li key={payout.id} className="flex flex-wrap items-center justify-between gap-2 py-2.5">
                <span>{formatDate(payout.createdAt, timeZone)}</span>
                <span className="tabular-nums">
                  {formatUsd(payout.cents)} as {formatCredits(payout.credits)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
