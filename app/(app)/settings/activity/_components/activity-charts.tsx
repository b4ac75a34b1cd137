"use client";

import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import { formatNumber } from "@/components/format";
import { CHART_HEIGHTS, type ChartModel, type KindChartData, type SeriesPoint } from "../_lib/chart-data";

// Each chart is aria-hidden (a table beside it has the same numbers), so Recharts' keyboard layer is off:
// it would make the chart focusable, and focus must never land inside content hidden from screen readers.
const AXIS_TICK = { fontSize: 12, fill: "var(--muted-foreground)" };
const compact = (value: number) =>
  value >= 10_000 ? `${Math.round(value / 1_000)}k` : value >= 1_000 ? `${(value / 1_000).toFixed(1)}k` : String(value);

function SeriesTooltip({ active, payload, unit }: TooltipContentProps & { unit: string }) {
  if (!active || !payload?.length) return null;
  const point = payload[0]!.payload as SeriesPoint;
  const rows = payload.filter((entry) => Number(entry.value) > 0).sort((a, b) => Number(b.value) - Number(a.value));
  const total = rows.reduce((sum, entry) => sum + Number(entry.value), 0);
  return (
    <div className="min-w-44 rounded-xl border border-border bg-surface px-3 py-2 text-xs shadow-lg">
      <p className="mb-1.5 font-medium text-foreground">{point.detail}</p>
      <ul className="space-y-1">
        {rows.map((entry) => (
          <li key={String(entry.dataKey)} className="flex items-center justify-between gap-4">
            <span className="flex items-center gap-1.5 text-muted-foreground">
              <span className="size-2 rounded-full" style={{ backgroundColor: entry.color }} />
              {entry.name}
            </span>
            <span className="font-medium text-foreground tabular-nums">{formatNumber(Number(entry.value))}</span>
          </li>
        ))}
      </ul>
      <p className="mt-1.5 flex justify-between gap-4 border-t border-border pt-1.5 font-medium text-foreground">
        <span>Total</span>
        <span className="tabular-nums">
          {formatNumber(total)} {unit}
        </span>
      </p>
    </div>
  );
}

/** One metric per bucket, stacked by model. */
export function StackedBars({
  unit,
  data,
  models,
  height,
}: {
  unit: string;
  data: SeriesPoint[];
  models: ChartModel[];
  height: number;
}) {
  return (
    <div aria-hidden style={{ height }}>
      <BarChart
        accessibilityLayer={false}
        responsive
        syncId="activity"
        data={data}
        style={{ width: "100%", height }}
        margin={{ top: 4, right: 4, bottom: 0, left: 0 }}
        barCategoryGap="18%"
      >
        <CartesianGrid vertical={false} stroke="var(--border)" />
        <XAxis
          dataKey="label"
          tickLine={false}
          axisLine={false}
          tick={AXIS_TICK}
          interval="preserveStartEnd"
          minTickGap={18}
        />
        <YAxis
          tickLine={false}
          axisLine={false}
          tick={AXIS_TICK}
          width={40}
          allowDecimals={false}
          tickFormatter={compact}
        />
        <Tooltip
          cursor={{ fill: "var(--subtle)" }}
          content={(props) => <SeriesTooltip {...props} unit={unit} />}
          isAnimationActive={false}
        />
        {models.map((model) => (
          <Bar
            key={model.id}
            dataKey={model.id}
            name={model.name}
            stackId="models"
            fill={model.color}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </div>
  );
}

function KindTooltip({ active, payload }: TooltipContentProps) {
  if (!active || !payload?.length) return null;
  const kind = payload[0]!.payload as KindChartData["kinds"][number];
  return (
    <div className="rounded-xl border border-border bg-surface px-3 py-2 text-xs shadow-lg">
      <p className="font-medium text-foreground">{kind.label}</p>
      <p className="text-muted-foreground">
        <span className="font-medium text-foreground tabular-nums">{formatNumber(kind.credits)}</span> credits ·{" "}
        <span className="font-medium text-foreground tabular-nums">{formatNumber(kind.requests)}</span> requests
      </p>
    </div>
  );
}

/** Credits by kind of request, as horizontal bars. */
export function KindChart({ data }: { data: KindChartData }) {
  return (
    <div aria-hidden data-testid="kind-chart" style={{ height: CHART_HEIGHTS.kinds }}>
      <BarChart
        accessibilityLayer={false}
        responsive
        layout="vertical"
        data={data.kinds}
        style={{ width: "100%", height: CHART_HEIGHTS.kinds }}
        margin={{ top: 0, right: 48, bottom: 0, left: 0 }}
        barCategoryGap="22%"
      >
        <CartesianGrid horizontal={false} stroke="var(--border)" />
        <XAxis
          type="number"
          tickLine={false}
          axisLine={false}
          tick={AXIS_TICK}
          allowDecimals={false}
          tickFormatter={compact}
        />
        <YAxis type="category" dataKey="label" tickLine={false} axisLine={false} tick={AXIS_TICK} width={64} />
        <Tooltip cursor={{ fill: "var(--subtle)" }} content={KindTooltip} isAnimationActive={false} />
        <Bar dataKey="credits" name="Credits" fill="var(--accent)" radius={[0, 4, 4, 0]} isAnimationActive={false}>
          <LabelList
            dataKey="credits"
            position="right"
            offset={6}
            formatter={(value) => formatNumber(Number(value))}
            style={{ fontSize: 12, fill: "var(--foreground)" }}
          />
        </Bar>
      </BarChart>
    </div>
  );
}
