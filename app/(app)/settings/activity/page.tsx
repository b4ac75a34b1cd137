import type { Metadata } from "next";
import { Suspense } from "react";
import { DEFAULT_FILTERS, activityHref, parseActivityFilters } from "@/lib/activity/filters";
import { hasAnyUsage } from "@/lib/activity/queries";
import { resolveRange } from "@/lib/activity/range";
import { RunOutForecastCard } from "@/components/billing/run-out-forecast";
import { getAccount } from "../../_lib/account";
import { ActivityReport } from "./_components/activity-report";
import { ActivityToolbar } from "./_components/activity-toolbar";
import { ActivityWelcome } from "./_components/activity-welcome";
import { RecentRequests } from "./_components/recent-requests";
import { RequestDetail, RequestDetailSkeleton } from "./_components/request-detail";
import { RequestDialog } from "./_components/request-dialog";
import { ReportSkeleton, RequestsSkeleton } from "./_components/skeletons";

export const metadata: Metadata = { title: "Activity" };

export default async function ActivityPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ user, balance }, params] = await Promise.all([getAccount(), searchParams]);
  if (!(await hasAnyUsage({ userId: user.id }))) return <ActivityWelcome balance={balance} timeZone={user.timeZone} />;

  const parsed = parseActivityFilters(params);
  const filters = parsed.ok ? parsed.filters : DEFAULT_FILTERS;
  const range = resolveRange({ filters, timeZone: user.timeZone, now: new Date() });
  const scope = { userId: user.id, range, model: filters.model, kind: filters.kind };
  // A new key per view shows the skeletons while the new numbers load, instead of stale ones.
  const view = activityHref(filters, { cursor: undefined, sort: undefined, dir: undefined });
  // The request list does not change with the table's grouping: switching it keeps the list as it is.
  const requestsView = activityHref(filters, { cursor: undefined, sort: undefined, dir: undefined, group: undefined });
  return (
    <div className="space-y-6">
      <ActivityToolbar filters={filters} range={range} error={parsed.ok ? null : parsed.message} />
      <Suspense fallback={null}>
        <RunOutForecastCard userId={user.id} timeZone={user.timeZone} />
      </Suspense>
      <Suspense key={view} fallback={<ReportSkeleton />}>
        <ActivityReport scope={scope} filters={filters} balance={balance} />
      </Suspense>
      <Suspense key={`${requestsView}#${filters.cursor ?? ""}`} fallback={<RequestsSkeleton />}>
        <RecentRequests scope={scope} filters={filters} />
      </Suspense>
      {filters.request && (
        <RequestDialog key={filters.request} closeHref={activityHref(filters, { request: undefined })}>
          <Suspense fallback={<RequestDetailSkeleton />}>
            <RequestDetail userId={user.id} id={filters.request} timeZone={user.timeZone} filters={filters} />
          </Suspense>
        </RequestDialog>
      )}
    </div>
  );
}
