import type { Balance } from "@/lib/credits/queries";
import type { ActivityFilters } from "@/lib/activity/filters";
import { getActivityUsage, type ActivityScope } from "@/lib/activity/queries";
import { BalanceSummary } from "./balance-summary";
import { ByKind } from "./by-kind";
import { ModelTable } from "./model-table";
import { SummaryStats } from "./summary-stats";
import { UsageOverTime } from "./usage-over-time";

/** Everything Activity computes from the hourly rollups for the chosen range, model and kind. */
export async function ActivityReport({
  scope,
  filters,
  balance,
}: {
  scope: ActivityScope;
  filters: ActivityFilters;
  balance: Balance | null;
}) {
  const usage = await getActivityUsage(scope);
  return (
    <div className="space-y-6">
      <SummaryStats totals={usage.totals} />
      <BalanceSummary balance={balance} timeZone={scope.range.timeZone} />
      <UsageOverTime usage={usage} range={scope.range} />
      <ModelTable usage={usage} filters={filters} />
      <ByKind byKind={usage.byKind} />
    </div>
  );
}
