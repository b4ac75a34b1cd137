import { CalendarClock } from "lucide-react";
import { PLANS } from "@/config/plans";
import { formatCredits } from "@/components/format";
import { ErrorAlert, Notice } from "@/components/ui/alert";
import type { BillingOverview } from "@/components/billing/overview";

const TROUBLED = new Set(["past_due", "unpaid", "incomplete"]);

/** What will happen to the plan and when: a cancellation, a scheduled switch, or a payment problem. */
export function PlanStatusNotice({ overview, endsOn }: { overview: BillingOverview; endsOn: string }) {
  const { subscription } = overview;
  if (!subscription) return null;
  const plan = PLANS[overview.plan];
  // A payment Tally recorded as failed has the banner on every page (with its button) instead.
  if (TROUBLED.has(subscription.status) && !overview.problem) {
    return (
      <ErrorAlert>
        <p className="font-semibold">Your last payment for {plan.name} did not go through.</p>
        <p>Update your payment method to keep your plan. Your credits stay usable in the meantime.</p>
      </ErrorAlert>
    );
  }
  if (subscription.cancelAtPeriodEnd) {
    return (
      <Notice icon={CalendarClock}>
        <p className="font-semibold">
          {plan.name} ends on {endsOn}; you&apos;ll be on Free after that.
        </p>
        <p>
          You keep your plan and its credits until then, and pack credits never expire. Changed your mind? Resume your
          plan below.
        </p>
      </Notice>
    );
  }
  if (subscription.scheduledPlan) {
    const next = PLANS[subscription.scheduledPlan];
    return (
      <Notice icon={CalendarClock}>
        <p className="font-semibold">
          Your plan changes to {next.name} on {endsOn}.
        </p>
        <p>
          You keep {plan.name} and its allowance until then; after that you get {formatCredits(next.monthlyCredits)} a
          month.
        </p>
      </Notice>
    );
  }
  return null;
}
