import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import Link from "next/link";
import { formatNumber } from "@/components/format";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { activityHref, type ActivityFilters, type ModelSort } from "@/lib/activity/filters";
import { averageCost, type ActivityUsage, type ModelUsage } from "@/lib/activity/usage";
import { formatAverage, formatShare, modelColor, modelName } from "../_lib/present";
import { GroupPicker } from "./group-picker";

const COLUMNS: { key: ModelSort; label: string }[] = [
  { key: "model", label: "Model" },
  { key: "requests", label: "Requests" },
  { key: "credits", label: "Credits" },
  { key: "share", label: "Share of spend" },
  { key: "average", label: "Avg. cost" },
];

const SORT_VALUE: Record<Exclude<ModelSort, "model">, (usage: ModelUsage) => number> = {
  requests: (usage) => usage.requests,
  credits: (usage) => usage.credits,
  share: (usage) => usage.credits,
  average: (usage) => averageCost(usage) ?? -1,
};

function sorted(rows: ModelUsage[], sort: ModelSort, dir: "asc" | "desc") {
  const sign = dir === "asc" ? 1 : -1;
  return [...rows].sort((a, b) =>
    sort === "model"
      ? sign * modelName(a.model).localeCompare(modelName(b.model))
      : sign * (SORT_VALUE[sort](a) - SORT_VALUE[sort](b)) || b.credits - a.credits,
  );
}

/** Requests, credits, share of spend and average cost per model; every column sorts (in the URL). */
export function ModelTable({ usage, filters }: { usage: ActivityUsage; filters: ActivityFilters }) {
  const { totals } = usage;
  return (
    <Card className="overflow-hidden">
      <CardHeader className="gap-3 pb-4">
        <CardTitle>By model</CardTitle>
        <CardDescription>Select a model to see only its requests.</CardDescription>
        <GroupPicker filters={filters} />
      </CardHeader>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[34rem] text-sm" data-testid="model-table">
          <caption className="sr-only">
            Requests and credits by model, sorted by{" "}
            {COLUMNS.find((column) => column.key === filters.sort)?.label.toLowerCase()}
          </caption>
          <thead className="border-y border-border bg-subtle/50 text-xs text-muted-foreground">
            <tr>
              {COLUMNS.map(({ key, label }) => {
                const active = filters.sort === key;
                const dir = active ? (filters.dir === "asc" ? "desc" : "asc") : key === "model" ? "asc" : "desc";
                const Icon = active ? (filters.dir === "asc" ? ArrowUp : ArrowDown) : ArrowUpDown;
                return (
                  <th
                    key={key}
                    scope="col"
                    aria-sort={active ? (filters.dir === "asc" ? "ascending" : "descending") : undefined}
                    className={cn(
                      "px-4 py-2 font-medium first:pl-5 last:pr-5 sm:first:pl-6 sm:last:pr-6",
                      key === "model" ? "text-left" : "text-right",
                    )}
                  >
                    <Link
                      href={activityHref(filters, { sort: key, dir })}
                      scroll={false}
                      className={cn(
                        "inline-flex items-center gap-1 whitespace-nowrap hover:text-foreground",
                        active && "text-foreground",
                      )}
                    >
                      {label}
                      <Icon aria-hidden className={cn("size-3.5", !active && "opacity-40")} />
                    </Link>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody className="divide-y divide-border">
            {usage.byModel.length === 0 && (
              <tr>
                <td colSpan={COLUMNS.length} className="px-6 py-8 text-center text-muted-foreground">
                  No requests in this range.
                </td>
              </tr>
            )}
            {sorted(usage.byModel, filters.sort, filters.dir).map((row) => (
              <tr key={row.model} className="hover:bg-subtle/40">
                <th scope="row" className="px-4 py-2.5 pl-5 text-left font-medium sm:pl-6">
                  <Link
                    href={activityHref(filters, { model: row.model })}
                    scroll={false}
                    className="inline-flex items-center gap-2 hover:underline"
                  >
                    <span
                      className="size-2.5 shrink-0 rounded-full"
                      style={{ backgroundColor: modelColor(row.model) }}
                      aria-hidden
                    />
                    {modelName(row.model)}
                  </Link>
                </th>
                <td className="px-4 py-2.5 text-right tabular-nums">
                  {formatNumber(row.requests)}
                  {row.refunded > 0 && (
                    <span className="block text-xs text-muted-foreground">{formatNumber(row.refunded)} refunded</span>
                  )}
                </td>
                <td className="px-4 py-2.5 text-right font-medium tabular-nums">{formatNumber(row.credits)}</td>
                <td className="px-4 py-2.5 text-right tabular-nums">
                  <span className="inline-flex items-center justify-end gap-2">
                    <span className="hidden h-1.5 w-16 overflow-hidden rounded-full bg-subtle sm:block" aria-hidden>
                      <span
                        className="block h-full rounded-full"
                        style={{
                          width: `${totals.credits ? (row.credits / totals.credits) * 100 : 0}%`,
                          backgroundColor: modelColor(row.model),
                        }}
                      />
                    </span>
                    <span className="w-12">{formatShare(row.credits, totals.credits)}</span>
                  </span>
                </td>
                <td className="px-4 py-2.5 pr-5 text-right tabular-nums sm:pr-6">{formatAverage(averageCost(row))}</td>
              </tr>
            ))}
          </tbody>
          {usage.byModel.length > 1 && (
            <tfoot className="border-t border-border font-medium">
              <tr>
                <th scope="row" className="px-4 py-2.5 pl-5 text-left sm:pl-6">
                  Total
                </th>
                <td className="px-4 py-2.5 text-right tabular-nums">{formatNumber(totals.requests)}</td>
                <td className="px-4 py-2.5 text-right tabular-nums">{formatNumber(totals.credits)}</td>
                <td className="px-4 py-2.5 text-right tabular-nums">100%</td>
                <td className="px-4 py-2.5 pr-5 text-right tabular-nums sm:pr-6">
                  {formatAverage(averageCost(totals))}
                </td>
              </tr>
            </tfoot>
          )}
        </table>
      </div>
    </Card>
  );
}
