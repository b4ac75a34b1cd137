import { creditsForEarnings } from "@/config/affiliate";
import { formatUsd } from "@/config/plans";
import { formatCredits, formatDate } from "@/components/format";
import { StatGrid } from "@/components/stat-grid";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { AffiliateDashboard } from "@/lib/affiliate/queries";
import { EarningsActions } from "./earnings-actions";

interface EarningsCardProps {
  earnings: AffiliateDashboard["earnings"];
  timeZone: string;
  testMode: boolean;
}

export function EarningsCard({ earnings, timeZone, testMode }: EarningsCardProps) {
  const items = [
    {
      label: "Pending",
      cents: earnings.pendingCents,
      hint: earnings.nextApprovalAt
        ? `Next approved on ${formatDate(earnings.nextApprovalAt, timeZone)}`
        : "In the 30-day refund window",
    },
    { label: "Approved", cents: earnings.approvedCents, hint: "Ready to take" },
    { label: "Paid", cents: earnings.paidCents, hint: "Taken so far" },
    { label: "Reversed", cents: earnings.reversedCents, hint: "Refunded or disputed payments" },
  ];
  return (
    <Card>
      <CardHeader>
        <CardTitle>Earnings</CardTitle>
        <CardDescription>
          Approved earnings are worth {formatCredits(creditsForEarnings(Math.max(0, earnings.approvedCents)))} as
          credits, at once.
        </CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        <StatGrid stats={items.map(({ cents, ...item }) => ({ ...item, value: formatUsd(cents) }))} />
        <EarningsActions canTake={earnings.approvedCents > 0} testMode={testMode && earnings.pendingCents > 0} />
      </CardContent>
    </Card>
  );
}
