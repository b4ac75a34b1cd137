import Link from "next/link";
import { PLANS, centsPerCredit, type PlanId } from "@/config/plans";
import { PlanCards, type Plan } from "@/components/plan-cards";
import { buttonClasses } from "@/components/ui/button";
import { SECTIONS } from "../../_components/sections";

const perCredit = (plan: Plan) => centsPerCredit(plan.priceCents, plan.monthlyCredits);
const proSaving = Math.round((1 - perCredit(PLANS.PRO) / perCredit(PLANS.STARTER)) * 100);

/** Signed out, every plan starts at sign-up; signed in, a plan is changed from Plan & billing. */
function planLink(plan: Plan, currentPlan: PlanId | null) {
  if (!currentPlan)
    return {
      href: "/sign-up",
      label: plan.priceCents === 0 ? "Start free" : `Choose ${plan.name}`,
      primary: plan.id === "PRO",
    };
  if (plan.id === currentPlan) return { href: "/settings/billing", label: "Your current plan", primary: false };
  const upgrade = plan.monthlyCredits > PLANS[currentPlan].monthlyCredits;
  return {
    href: "/settings/billing#plans",
    label: `${upgrade ? "Upgrade" : "Switch"} to ${plan.name}`,
    primary: upgrade,
  };
}

export function PricingPlans({ currentPlan }: { currentPlan: PlanId | null }) {
  return (
    <section aria-labelledby="pricing-title" className="border-b border-border">
      <div className="mx-auto max-w-6xl px-4 py-16 sm:px-6 sm:py-20">
        <p className="text-sm font-semibold text-accent">{SECTIONS.pricing.label}</p>
        <h1
          id="pricing-title"
          className="mt-2 max-w-2xl text-4xl font-semibold tracking-tight text-balance sm:text-5xl"
        >
          All features on every plan
        </h1>
        <p className="mt-4 max-w-2xl text-lg text-muted-foreground">
          Plans differ only in how many credits you get each month. Bigger plans cost less per credit: Pro is{" "}
          {proSaving}% cheaper per credit than Starter. See{" "}
          <Link
            href={SECTIONS.models.href}
            className="rounded font-medium text-accent underline-offset-2 hover:underline"
          >
            what each request costs
          </Link>
          .
        </p>
        <PlanCards
          className="mt-10"
          currentPlan={currentPlan ?? undefined}
          renderAction={(plan) => {
            const link = planLink(plan, currentPlan);
            return (
              <Link
                href={link.href}
                className={buttonClasses({ variant: link.primary ? "primary" : "secondary", className: "w-full" })}
              >
                {link.label}
              </Link>
            );
          }}
        />
        <p className="mt-6 text-sm text-muted-foreground">
          Prices in US dollars, billed monthly. The monthly allowance resets each billing cycle and does not roll over.
        </p>
      </div>
    </section>
  );
}
