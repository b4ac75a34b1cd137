import type { Balance } from "@/lib/credits/queries";
import type { ActivityFilters } from "@/lib/activity/filters";
import { getActivityUsage, type ActivityScope } from "@/lib/activity/queries";
import { previousRange } from "@/lib/activity/range";
import { BalanceSummary } from "./balance-summary";
import { ByKind } from "./by-kind";
import { GroupTable } from "./group-table";
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
  // The period before, for each card's change: the same query over the span of the same length before it.
  const [usage, before] = await Promise.all([
    getActivityUsage(scope),
    getActivityUsage({ ...scope, range: previousRange(scope.range, new Date()) }),
  ]);
  return (
    <div className="space-y-6">
      <SummaryStats totals={usage.totals} previous={before.totals} range={scope.range} />
      <BalanceSummary balance={balance} timeZone={scope.range.timeZone} />
      <UsageOverTime usage={usage} range={scope.range} />
      {filters.group === "model" ? (
        <ModelTable usage={usage} filters={filters} />
      ) : (
        <GroupTable scope={scope} filters={filters} by={filters.group} />
      )}
      <ByKind byKind={usage.byKind} />
    </div>
  );
}
