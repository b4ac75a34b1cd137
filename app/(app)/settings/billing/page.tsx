import type { Metadata } from "next";
import { Suspense } from "react";
import { RunOutForecastCard } from "@/components/billing/run-out-forecast";
import { formatDate } from "@/components/format";
import { getBillingOverview } from "@/lib/billing/queries";
import { billingMode } from "@/lib/billing/stripe";
import { getAccount } from "../../_lib/account";
import { AlertsCard } from "./_components/alerts-card";
import { BalanceCard } from "./_components/balance-card";
import { BillingOffBanner } from "./_components/billing-off-banner";
import { CheckoutResult } from "./_components/checkout-result";
import { CurrentPlanCard } from "./_components/current-plan-card";
import { PackShop } from "./_components/pack-shop";
import { PlanPicker } from "./_components/plan-picker";
import { PlanStatusNotice } from "./_components/plan-status-notice";
import { ReceiptsCard } from "./_components/receipts-card";
import { TestModeBanner } from "./_components/test-mode-banner";

export const metadata: Metadata = { title: "Plan & billing" };

type Props = { searchParams: Promise<{ checkout?: string | string[]; purchase?: string | string[] }> };

export default async function BillingPage({ searchParams }: Props) {
  const { user, balance } = await getAccount();
  const [overview, { checkout, purchase }] = await Promise.all([getBillingOverview({ userId: user.id }), searchParams]);
  const mode = billingMode();
  const endsOn = formatDate(overview.subscription?.currentPeriodEnd ?? overview.renewsAt, user.timeZone);
  return (
    <div className="space-y-8">
      <div className="space-y-3 empty:hidden">
        {mode === "test" && <TestModeBanner subscription={overview.subscription} />}
        {mode === "off" && <BillingOffBanner />}
        <CheckoutResult
          outcome={typeof checkout === "string" ? checkout : undefined}
          purchaseId={typeof purchase === "string" ? purchase : undefined}
        />
        <PlanStatusNotice overview={overview} endsOn={endsOn} />
      </div>
      <div className="grid items-start gap-4 md:grid-cols-2">
        <CurrentPlanCard overview={overview} endsOn={endsOn} mode={mode} awaitingEmail={!user.emailVerifiedAt} />
        <BalanceCard
          balance={balance}
          timeZone={user.timeZone}
          frozen={overview.frozen}
          takenBack={overview.takenBack}
          awaitingPayment={overview.problem !== null && overview.subscription?.status === "past_due"}
          awaitingEmail={!user.emailVerifiedAt}
        />
      </div>
      <Suspense fallback={null}>
        <RunOutForecastCard userId={user.id} timeZone={user.timeZone} />
      </Suspense>
      <PlanPicker overview={overview} endsOn={endsOn} billingOff={mode === "off"} />
      <PackShop billingOff={mode === "off"} />
      <div className="grid items-start gap-4 md:grid-cols-2">
        <AlertsCard alerts={overview.alerts} />
        <ReceiptsCard overview={overview} timeZone={user.timeZone} testMode={mode === "test"} />
      </div>
    </div>
  );
}
