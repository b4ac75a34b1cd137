import { ChevronRight } from "lucide-react";
import Link from "next/link";
import { formatCredits } from "@/components/format";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { activityHref, type ActivityFilters } from "@/lib/activity/filters";
import { getRecentRequests, type ActivityScope } from "@/lib/activity/queries";
import { formatUnits, KIND_LABELS, modelColor, modelName } from "../_lib/present";
import { StatusPill } from "./status-pill";

export const REQUESTS_PER_PAGE = 20;

/** The range's requests, newest first, a page at a time; each opens its detail. */
export async function RecentRequests({ scope, filters }: { scope: ActivityScope; filters: ActivityFilters }) {
  const { items, nextCursor } = await getRecentRequests({ ...scope, cursor: filters.cursor, limit: REQUESTS_PER_PAGE });
  const time = new Intl.DateTimeFormat("en-US", {
    timeZone: scope.range.timeZone,
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  return (
    <Card aria-labelledby="requests-title" role="region" className="overflow-hidden">
      <CardHeader className="pb-4">
        <CardTitle id="requests-title">Requests</CardTitle>
        <CardDescription>
          {filters.cursor ? "Older requests in this range." : "Newest first."} Select one for what it cost and where the
          credits came from.
        </CardDescription>
      </CardHeader>
      {items.length === 0 ? (
        <p className="border-t border-border px-6 py-8 text-center text-sm text-muted-foreground">
          No requests in this range.
        </p>
      ) : (
        <ul className="divide-y divide-border border-t border-border" data-testid="request-list">
          {items.map((item) => (
            <li key={item.id}>
              <Link
                href={activityHref(filters, { request: item.id })}
                scroll={false}
                data-testid="request-row"
                className="grid grid-cols-[minmax(0,1fr)_auto_auto] items-center gap-x-3 px-5 py-3 transition-colors hover:bg-subtle/60 sm:px-6"
              >
                <span className="min-w-0">
                  <span className="flex items-center gap-2 text-sm font-medium">
                    <span
                      className="size-2.5 shrink-0 rounded-full"
                      style={{ backgroundColor: modelColor(item.model) }}
                      aria-hidden
                    />
                    <span className="truncate">{modelName(item.model)}</span>
                    <span className="rounded-md bg-subtle px-1.5 py-0.5 text-xs font-normal text-muted-foreground">
                      {KIND_LABELS[item.kind]}
                    </span>
                  </span>
                  <span className="mt-0.5 block truncate pl-4.5 text-xs text-muted-foreground">
                    <time dateTime={item.createdAt.toISOString()}>{time.format(item.createdAt)}</time>
                    <span aria-hidden> · </span>
                    {formatUnits(item.units)}
                  </span>
                </span>
                <span className="flex flex-col items-end gap-1 sm:flex-row-reverse sm:items-center sm:gap-3">
                  <span className="text-sm font-medium tabular-nums">{formatCredits(item.credits)}</span>
                  <StatusPill status={item.status} />
                </span>
                <ChevronRight aria-hidden className="size-4 text-muted-foreground" />
              </Link>
            </li>
          ))}
        </ul>
      )}
      {(filters.cursor || nextCursor) && (
        <nav
          aria-label="Pages of requests"
          className="flex items-center justify-between gap-3 border-t border-border px-5 py-3 sm:px-6"
        >
          {filters.cursor ? (
            <Link
              href={activityHref(filters, { cursor: undefined })}
              scroll={false}
              className={buttonClasses({ variant: "ghost", size: "sm" })}
            >
              Back to newest
            </Link>
          ) : (
            <span />
          )}
          {nextCursor && (
            <Link
              href={activityHref(filters, { cursor: nextCursor })}
              scroll={false}
              className={buttonClasses({ variant: "secondary", size: "sm" })}
            >
              Older requests
            </Link>
          )}
        </nav>
      )}
    </Card>
  );
}
