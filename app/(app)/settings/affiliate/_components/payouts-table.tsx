import { formatUsd } from "@/config/plans";
import { formatCredits, formatDate } from "@/components/format";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { AffiliateDashboard } from "@/lib/affiliate/queries";

type Payout = AffiliateDashboard["payouts"][number];

function PayoutState({ payout }: { payout: Payout }) {
  if (payout.status === "SENDING") return <Badge tone="accent">Sending</Badge>;
  if (payout.status === "FAILED") return <Badge tone="danger">Failed</Badge>;
  if (payout.reversedCents > 0) return <Badge tone="warning">{formatUsd(payout.reversedCents)} came back</Badge>;
  return <Badge tone="muted">Paid</Badge>;
}

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
                <span className="flex flex-wrap items-center gap-2 tabular-nums">
                  {payout.method === "CREDITS"
                    ? `${formatUsd(payout.cents)} as ${formatCredits(payout.credits)}`
                    : `${formatUsd(payout.cents)} to your Stripe account`}
                  {payout.method === "TRANSFER" && <PayoutState payout={payout} />}
                </span>
                {payout.failure && (
                  <p className="w-full text-xs text-muted-foreground">
                    Stripe refused it ({payout.failure}); its earnings are approved again for the next payout.
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
