import type { ComponentProps } from "react";
import { PLANS, formatUsd, type PlanId } from "@/config/plans";
import { formatCredits, formatNumber } from "@/components/format";
import { PlanCards, type Plan } from "@/components/plan-cards";
import { Button } from "@/components/ui/button";
import type { BillingOverview } from "@/components/billing/overview";
import { allowanceUsed } from "./allowance-meter";
import { BillingSection } from "./billing-section";
import { PlanActionButton } from "./plan-action-button";
import { cancelOrResume } from "./plan-actions";

interface PlanPickerProps {
  overview: BillingOverview;
  endsOn: string;
  /** Billing off: the plans and prices are shown, but cannot be bought on this server. */
  billingOff: boolean;
}

/** The three plans, each with what choosing it would do from where the person is now. */
export function PlanPicker({ overview, endsOn, billingOff }: PlanPickerProps) {
  const current = PLANS[overview.plan];
  const { subscription } = overview;
  const used = allowanceUsed(overview.allowance);
  const endingNote = subscription?.cancelAtPeriodEnd ? [`Your plan will no longer end on ${endsOn}.`] : [];

  /** The foot of a plan's card: what choosing it would do from the current plan. */
  function action(plan: Plan): ComponentProps<typeof PlanActionButton> {
    const nextPlan: PlanId | null = subscription?.cancelAtPeriodEnd ? "FREE" : (subscription?.scheduledPlan ?? null);
    if (plan.id === current.id) {
      return {
        settled: (
          <Button variant="secondary" className="w-full" disabled>
            Current plan
          </Button>
        ),
      };
    }
    if (plan.id === nextPlan) {
      return {
        settled: (
          <p className="rounded-lg border border-dashed border-border px-3 py-2 text-center text-sm font-medium text-muted-foreground">
            Starts {endsOn}
          </p>
        ),
      };
    }
    if (plan.id === "FREE")
      return cancelOrResume({ planName: current.name, endsOn, cancelling: false, label: "Switch to Free" });
    if (plan.monthlyCredits > current.monthlyCredits) {
      const left = Math.max(0, plan.monthlyCredits - used);
      return {
        action: { kind: "change", plan: plan.id },
        label: `Upgrade to ${plan.name}`,
        primary: true,
        doneMessage: `You're on ${plan.name} now, with ${formatCredits(left)} of allowance until ${endsOn}.`,
        // From Free, Stripe Checkout is the confirm step; between paid plans the change is made in place.
        confirm: subscription
          ? {
              title: `Upgrade to ${plan.name} now?`,
              body: [
                `You switch at once and pay the difference for the rest of this period today.`,
                used > 0
                  ? `Your allowance becomes ${formatCredits(plan.monthlyCredits)} minus the ${formatNumber(used)} you've used this period: ${formatCredits(left)} until ${endsOn}.`
                  : `Your allowance becomes ${formatCredits(plan.monthlyCredits)} until ${endsOn}, as you haven't used any of this period's yet.`,
                `After that, ${formatUsd(plan.priceCents)} a month for ${formatCredits(plan.monthlyCredits)}.`,
                ...endingNote,
              ],
              confirmLabel: `Upgrade to ${plan.name}`,
            }
          : undefined,
      };
    }
    return {
      action: { kind: "change", plan: plan.id },
      label: `Switch to ${plan.name}`,
      doneMessage: `Switch scheduled. Nothing changes until ${endsOn}.`,
      confirm: {
        title: `Switch to ${plan.name} on ${endsOn}?`,
        body: [
          `You keep ${current.name} and its credits until ${endsOn}. After that you get ${formatCredits(plan.monthlyCredits)} a month for ${formatUsd(plan.priceCents)}. No fees.`,
          ...endingNote,
        ],
        confirmLabel: `Switch to ${plan.name}`,
      },
    };
  }

  return (
    <BillingSection
      id="plans"
      title="Plans"
      description={
        subscription
          ? `Upgrades take effect at once: you get the new plan's full allowance minus what you've already used this period. Switching to a smaller plan or cancelling takes effect on ${endsOn}, with no fees.`
          : "Every feature on every plan; bigger plans cost less per credit. When you upgrade, a new billing period starts the moment you pay, with the full allowance."
      }
    >
      <PlanCards
        currentPlan={current.id}
        renderAction={(plan) =>
          billingOff && plan.id !== current.id ? (
            <Button variant="secondary" className="w-full" disabled>
              Not available here
            </Button>
          ) : (
            <PlanActionButton className="w-full" {...action(plan)} />
          )
        }
      />
    </BillingSection>
  );
}
