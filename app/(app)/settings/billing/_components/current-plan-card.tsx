import { PLANS, formatUsd } from "@/config/plans";
import { formatCredits } from "@/components/format";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { BillingOverview } from "@/components/billing/overview";
import { AllowanceMeter } from "./allowance-meter";
import { PlanActionButton } from "./plan-action-button";
import { cancelOrResume } from "./plan-actions";
import { PortalButton } from "./portal-button";
import type { BillingMode } from "@/lib/env";

interface CurrentPlanCardProps {
  overview: BillingOverview;
  /** The end of the current period, formatted for the person. */
  endsOn: string;
  mode: BillingMode;
  /** Not verified yet: the Free allowance arrives with the emailed link, not with the calendar. */
  awaitingEmail: boolean;
}

export function CurrentPlanCard({ overview, endsOn, mode, awaitingEmail }: CurrentPlanCardProps) {
  const plan = PLANS[overview.plan];
  const { subscription } = overview;
  const next = subscription?.scheduledPlan ? PLANS[subscription.scheduledPlan] : null;
  // A renewal not paid yet: this period's allowance has not arrived, so there is no meter to show.
  const unpaid = overview.problem && subscription?.status === "past_due" ? overview.problem : null;
  const waiting = !subscription && awaitingEmail;
  const status = waiting
    ? {
        badge: "Email not confirmed",
        line: `Your ${formatCredits(plan.monthlyCredits)} arrive when you open the link we emailed you.`,
      }
    : !subscription
      ? { badge: null, line: `Your allowance resets on ${endsOn}.` }
      : unpaid
        ? {
            badge: "Payment due",
            line: `This period's ${formatCredits(PLANS[unpaid.plan].monthlyCredits)} arrive once your ${formatUsd(unpaid.amountCents)} payment goes through.`,
          }
        : subscription.cancelAtPeriodEnd
          ? { badge: "Ending", line: `Ends on ${endsOn}. No further charges.` }
          : next
            ? {
                badge: "Changing",
                line: `Changes to ${next.name} on ${endsOn} (${formatUsd(next.priceCents)} a month).`,
              }
            : { badge: null, line: `Renews on ${endsOn} for ${formatUsd(plan.priceCents)}.` };
  return (
    <Card>
      <CardHeader>
        <CardTitle>Current plan</CardTitle>
        <CardDescription>Every plan includes every feature.</CardDescription>
      </CardHeader>
      <CardContent className="space-y-5">
        <div className="space-y-1">
          <p className="flex flex-wrap items-center gap-2">
            <span className="text-3xl font-semibold tracking-tight">{plan.name}</span>
            {status.badge && <Badge>{status.badge}</Badge>}
          </p>
          <p className="text-sm text-muted-foreground">
            {formatUsd(plan.priceCents)} a month · {formatCredits(plan.monthlyCredits)} every month
          </p>
          <p className="text-sm font-medium">{status.line}</p>
        </div>
        {!unpaid && !waiting && <AllowanceMeter {...overview.allowance} />}
        <p className="text-sm text-muted-foreground">
          The allowance resets each billing cycle and does not roll over. Pack credits never expire and are spent after
          it.
        </p>
        {mode !== "off" && (
          <div className="flex flex-wrap items-start gap-2 border-t border-border pt-4">
            {subscription && (
              <PlanActionButton
                {...cancelOrResume({
                  planName: plan.name,
                  endsOn,
                  cancelling: subscription.cancelAtPeriodEnd,
                  label: "Cancel plan",
                })}
              />
            )}
            <PortalButton />
          </div>
        )}
      </CardContent>
    </Card>
  );
}
