import { PLANS, formatUsd, type PlanId } from "@/config/plans";
import { formatCredits, formatDate } from "@/components/format";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

interface CurrentPlanCardProps {
  planId: PlanId;
  allowanceResetsAt: Date | null;
  timeZone: string;
}

export function CurrentPlanCard({ planId, allowanceResetsAt, timeZone }: CurrentPlanCardProps) {
  const plan = PLANS[planId];
  return (
    <Card>
      <CardHeader>
        <CardTitle>Current plan</CardTitle>
        <CardDescription>Every plan includes every feature.</CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        <div>
          <p className="text-3xl font-semibold tracking-tight">{plan.name}</p>
          <p className="text-sm text-muted-foreground">
            {formatUsd(plan.priceCents)} a month · {formatCredits(plan.monthlyCredits)} every month
          </p>
        </div>
        {allowanceResetsAt && (
          <p className="rounded-xl bg-subtle px-4 py-3 text-sm">
            Your allowance resets on{" "}
            <time dateTime={allowanceResetsAt.toISOString()} className="font-medium">
              {formatDate(allowanceResetsAt, timeZone)}
            </time>
            .
          </p>
        )}
        <p className="text-sm text-muted-foreground">
          Your monthly allowance resets each billing cycle and does not roll over. Pack credits never expire and are spent after
          the allowance.
        </p>
      </CardContent>
    </Card>
  );
}
