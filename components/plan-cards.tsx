import { Check } from "lucide-react";
import type { ReactNode } from "react";
import { PLAN_LIST, centsPerCredit, formatUsd, type PlanId } from "@/config/plans";
import { formatCentsPerCredit, formatCredits } from "./format";
import { Badge } from "./ui/badge";
import { cn } from "./ui/cn";

const paidPlans = PLAN_LIST.filter((plan) => plan.priceCents > 0);
const bestValue = paidPlans.reduce((best, plan) =>
  centsPerCredit(plan.priceCents, plan.monthlyCredits) < centsPerCredit(best.priceCents, best.monthlyCredits)
    ? plan
    : best,
);

export type Plan = (typeof PLAN_LIST)[number];

interface PlanCardsProps {
  currentPlan?: PlanId;
  /** A button or link at the foot of each card (choose, upgrade, switch). */
  renderAction?: (plan: Plan) => ReactNode;
  className?: string;
}

/** The three plans side by side. Every plan has every feature; only the allowance differs. */
export function PlanCards({ currentPlan, renderAction, className }: PlanCardsProps) {
  return (
    <ul className={cn("grid gap-4 md:grid-cols-3", className)}>
      {PLAN_LIST.map((plan) => {
        const current = plan.id === currentPlan;
        const highlighted = current || (!currentPlan && plan.id === bestValue.id);
        return (
          <li
            key={plan.id}
            className={cn(
              "flex flex-col rounded-2xl border bg-surface p-5 shadow-sm sm:p-6",
              highlighted ? "border-accent ring-1 ring-accent" : "border-border",
            )}
          >
            <div className="flex items-center justify-between gap-2">
              <h3 className="text-base font-semibold">{plan.name}</h3>
              {current ? <Badge>Current plan</Badge> : plan.id === bestValue.id && <Badge>Best value</Badge>}
            </div>
            <p className="mt-3 flex items-baseline gap-1">
              <span className="text-3xl font-semibold tracking-tight">{formatUsd(plan.priceCents)}</span>
              <span className="text-sm text-muted-foreground">/ month</span>
            </p>
            <p className="mt-1 text-sm font-medium">{formatCredits(plan.monthlyCredits)} every month</p>
            <p className="mt-1 text-sm text-muted-foreground">
              {plan.priceCents === 0
                ? "No card needed"
                : `${formatCentsPerCredit(plan.priceCents, plan.monthlyCredits)} per credit`}
            </p>
            <ul className="mt-5 space-y-2 border-t border-border pt-4 text-sm">
              {["Every model and feature", "Allowance resets each billing cycle", "Top up with packs any time"].map(
                (feature) => (
                  <li key={feature} className="flex gap-2">
                    <Check aria-hidden className="mt-0.5 size-4 shrink-0 text-success" />
                    {feature}
                  </li>
                ),
              )}
            </ul>
            {renderAction && <div className="mt-auto pt-5">{renderAction(plan)}</div>}
          </li>
        );
      })}
    </ul>
  );
}
