import { Download } from "lucide-react";
import Form from "next/form";
import Link from "next/link";
import { ErrorAlert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/field";
import { zoneLabel } from "@/lib/account/time-zone";
import { cn } from "@/components/ui/cn";
import {
  ACTIVITY_PATH,
  DEFAULT_FILTERS,
  USAGE_KINDS,
  activityHref,
  exportHref,
  type ActivityFilters,
  type RangePreset,
} from "@/lib/activity/filters";
import { describeRange, type ActivityRange } from "@/lib/activity/range";
import { CATALOG_MODELS, KIND_LABELS, modelName } from "../_lib/present";
import { NavSelect } from "./nav-select";

const RANGE_LABELS: Record<RangePreset, { long: string; short: string }> = {
  "24h": { long: "24 hours", short: "24h" },
  "7d": { long: "7 days", short: "7d" },
  "30d": { long: "30 days", short: "30d" },
  "90d": { long: "90 days", short: "90d" },
  custom: { long: "Custom", short: "Custom" },
};

interface ActivityToolbarProps {
  filters: ActivityFilters;
  range: ActivityRange;
  /** Why the link's filters were not understood (the defaults are shown instead). */
  error: string | null;
}

export function ActivityToolbar({ filters, range, error }: ActivityToolbarProps) {
  const models =
    filters.model && !CATALOG_MODELS.includes(filters.model) ? [...CATALOG_MODELS, filters.model] : CATALOG_MODELS;
  return (
    <section aria-labelledby="activity-title" className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="space-y-1">
          <h2 id="activity-title" className="text-lg font-semibold tracking-tight">
            Activity
          </h2>
          <p className="text-sm text-muted-foreground">
            <span data-testid="activity-range">{describeRange(range)}</span>
            <span aria-hidden> · </span>
            {range.unit === "day" ? "days start at midnight in " : "times in "}
            {zoneLabel(range.timeZone)}{" "}
            <Link href="/settings/profile" className="font-medium text-foreground underline-offset-2 hover:underline">
              (change)
            </Link>
          </p>
        </div>
        <a href={exportHref(filters)} download className={buttonClasses({ variant: "secondary", size: "sm" })}>
          <Download aria-hidden />
          Export CSV
        </a>
      </div>

      <div className="flex flex-wrap items-end gap-3">
        <nav aria-labelledby="activity-range-label" className="flex w-full flex-col gap-1 sm:w-auto">
          <span id="activity-range-label" className="text-xs font-medium text-muted-foreground">
            Range
          </span>
          <ul className="grid grid-cols-5 rounded-lg border border-border bg-surface p-0.5 shadow-sm sm:inline-flex">
            {(Object.keys(RANGE_LABELS) as RangePreset[]).map((preset) => {
              const current = filters.range === preset;
              const href =
                preset === "custom"
                  ? activityHref(filters, { range: "custom", from: range.firstDay, to: range.lastDay })
                  : activityHref(filters, { range: preset });
              return (
                <li key={preset}>
                  <Link
                    href={href}
                    scroll={false}
                    aria-current={current ? "page" : undefined}
                    className={cn(
                      "flex h-[30px] items-center justify-center rounded-md px-3 text-sm font-medium whitespace-nowrap transition-colors",
                      current
                        ? "bg-accent text-accent-foreground shadow-sm"
                        : "text-muted-foreground hover:bg-subtle hover:text-foreground",
                    )}
                  >
                    <span aria-hidden className="sm:hidden">
                      {RANGE_LABELS[preset].short}
                    </span>
                    <span className="sr-only sm:not-sr-only">{RANGE_LABELS[preset].long}</span>
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        <div className="grid w-full grid-cols-2 gap-3 sm:flex sm:w-auto">
          <NavSelect
            id="activity-model"
            label="Model"
            value={filters.model ?? ""}
            options={[
              { value: "", label: "All models", href: activityHref(filters, { model: undefined }) },
              ...models.map((model) => ({
                value: model,
                label: modelName(model),
                href: activityHref(filters, { model }),
              })),
            ]}
          />
          <NavSelect
            id="activity-kind"
            label="Kind"
            value={filters.kind ?? ""}
            options={[
              { value: "", label: "All kinds", href: activityHref(filters, { kind: undefined }) },
              ...USAGE_KINDS.map((kind) => ({
                value: kind,
                label: KIND_LABELS[kind],
                href: activityHref(filters, { kind }),
              })),
            ]}
          />
        </div>
      </div>

      {filters.range === "custom" && <CustomRangeForm filters={filters} range={range} />}
      {error && (
        <ErrorAlert>
          <p>This link has filters we could not read ({error}), so the last 30 days are shown.</p>
        </ErrorAlert>
      )}
    </section>
  );
}

/** A plain GET form: the dates land in the URL like every other filter. */
function CustomRangeForm({ filters, range }: { filters: ActivityFilters; range: ActivityRange }) {
  const kept = (["model", "kind", "sort", "dir", "group"] as const).filter(
    (key) => filters[key] !== undefined && filters[key] !== DEFAULT_FILTERS[key],
  );
  return (
    <Form
      key={`${range.firstDay}…${range.lastDay}`}
      action={ACTIVITY_PATH}
      scroll={false}
      aria-label="Custom date range"
      className="flex flex-wrap items-end gap-3 rounded-xl border border-border bg-surface p-3 shadow-sm"
    >
      <input type="hidden" name="range" value="custom" />
      {kept.map((key) => (
        <input
          key={key}
          type="hidden"
          name={key}
          value={key === "kind" ? String(filters[key]).toLowerCase() : String(filters[key])}
        />
      ))}
      <div className="flex flex-col gap-1">
        <Label htmlFor="activity-from" className="text-xs text-muted-foreground">
          From
        </Label>
        <Input
          id="activity-from"
          name="from"
          type="date"
          required
          min="2000-01-01"
          defaultValue={range.firstDay}
          className="h-9 w-40"
        />
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor="activity-to" className="text-xs text-muted-foreground">
          To
        </Label>
        <Input
          id="activity-to"
          name="to"
          type="date"
          required
          min="2000-01-01"
          defaultValue={range.lastDay}
          className="h-9 w-40"
        />
      </div>
      <Button type="submit" size="sm" className="h-9">
        Apply
      </Button>
    </Form>
  );
}
