import { CreditCard } from "lucide-react";
import type { Metadata } from "next";
import { ComingSoon } from "@/components/coming-soon";
import { PackList } from "@/components/pack-list";
import { PlanCards } from "@/components/plan-cards";
import { getAccount } from "../../_lib/account";
import { BalanceCard } from "./_components/balance-card";
import { CurrentPlanCard } from "./_components/current-plan-card";

export const metadata: Metadata = { title: "Plan & billing" };

export default async function BillingPage() {
  const { user, balance } = await getAccount();
  return (
    <div className="space-y-8">
      <div className="grid gap-4 md:grid-cols-2">
        <CurrentPlanCard planId={user.plan} allowanceResetsAt={balance?.allowanceResetsAt ?? null} timeZone={user.timeZone} />
        <BalanceCard balance={balance} timeZone={user.timeZone} />
      </div>
      <section aria-labelledby="plans-title" className="space-y-4">
        <div className="space-y-1">
          <h2 id="plans-title" className="text-lg font-semibold tracking-tight">
            Plans
          </h2>
          <p className="text-sm text-muted-foreground">The same features on every plan; bigger plans cost less per credit.</p>
        </div>
        <PlanCards currentPlan={user.plan} />
      </section>
      <ComingSoon
        level={2}
        icon={CreditCard}
        title="Upgrades and credit packs"
        description="Changing your plan and buying credit packs from this page is coming soon. Packs will be instant top-ups that never expire:"
      >
        <PackList className="max-w-lg" />
      </ComingSoon>
    </div>
  );
}
