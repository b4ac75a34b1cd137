import { ArrowDownRight, ArrowUpRight, CalendarX2, RefreshCw } from "lucide-react";
import { PLANS } from "@/config/plans";
import { formatCredits } from "@/components/format";
import { Section } from "../../_components/section";

const RULES = [
  {
    icon: ArrowUpRight,
    title: "Upgrade any time",
    body: `It takes effect at once: you get the new plan's full allowance minus what you already spent from this period's allowance. From Free, a new billing period starts when you pay, with the full allowance.`,
  },
  {
    icon: ArrowDownRight,
    title: "Downgrade any time",
    body: "No fees. You keep your current plan and its credits until the end of the billing period; the smaller plan starts with the next one.",
  },
  {
    icon: CalendarX2,
    title: "Cancel any time",
    body: `No fees. Your plan lasts until the end of the period you paid for, then you're on Free with ${formatCredits(PLANS.FREE.monthlyCredits)} a month.`,
  },
  {
    icon: RefreshCw,
    title: "No rollover",
    body: "The monthly allowance resets each billing cycle; what you don't use expires. Pack and referral credits never expire.",
  },
];

export function PlanChangeRules() {
  return (
    <Section
      id="plan-changes"
      eyebrow="Changing plans"
      title="Change your mind whenever you like"
      intro="Start on Free, then upgrade from Plan & billing when you need more. The rules are the same on every plan."
    >
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {RULES.map((rule) => (
          <li key={rule.title} className="rounded-2xl border border-border bg-surface p-6 shadow-sm">
            <span className="flex size-10 items-center justify-center rounded-xl bg-accent-subtle text-accent-subtle-foreground">
              <rule.icon aria-hidden className="size-5" />
            </span>
            <h3 className="mt-4 font-semibold">{rule.title}</h3>
            <p className="mt-2 text-sm text-muted-foreground">{rule.body}</p>
          </li>
        ))}
      </ul>
    </Section>
  );
}
