import { formatNumber } from "@/components/format";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { bucketLabels, type ActivityRange } from "@/lib/activity/range";
import type { ActivityUsage } from "@/lib/activity/usage";
import type { SeriesPoint, UsageChartData } from "../_lib/chart-data";
import { modelColor, modelName } from "../_lib/present";
import { UsageChartsLoader } from "./charts-loader";
import { DataTable } from "./data-table";

function chartData(usage: ActivityUsage, range: ActivityRange): UsageChartData {
  const labels = bucketLabels(range);
  const series = (metric: "credits" | "requests") =>
    usage.buckets.map((bucket, i) => {
      const point: SeriesPoint = { ...labels[i]! };
      for (const { model } of usage.byModel) point[model] = bucket.byModel[model]?.[metric] ?? 0;
      return point;
    });
  return {
    unit: range.unit,
    models: usage.byModel.map(({ model }) => ({ id: model, name: modelName(model), color: modelColor(model) })),
    credits: series("credits"),
    requests: series("requests"),
  };
}

/** Credits and requests per day (or hour) by model, with the same numbers as a table for screen readers. */
export function UsageOverTime({ usage, range }: { usage: ActivityUsage; range: ActivityRange }) {
  const labels = bucketLabels(range);
  const per = range.unit === "day" ? "day" : "hour";
  return (
    <Card>
      <CardHeader>
        <CardTitle>Usage per {per}</CardTitle>
        <CardDescription>
          Stacked by model. Hover a bar for exact numbers; select a model to hide or show it.
        </CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        {usage.totals.requests > 0 ? (
          <UsageChartsLoader data={chartData(usage, range)} />
        ) : (
          <p className="rounded-xl border border-dashed border-border px-4 py-10 text-center text-sm text-muted-foreground">
            No requests in this range. Try a longer range or fewer filters.
          </p>
        )}
        <DataTable
          summary={`Show the numbers per ${per} as a table`}
          caption={`Requests and credits per ${per}`}
          columns={[
            { label: per === "day" ? "Day" : "Hour" },
            { label: "Requests", numeric: true },
            { label: "Refunded", numeric: true },
            { label: "Credits", numeric: true },
            { label: "By model" },
          ]}
          rows={usage.buckets.map((bucket, i) => [
            labels[i]!.detail,
            formatNumber(bucket.requests),
            formatNumber(bucket.refunded),
            formatNumber(bucket.credits),
            Object.entries(bucket.byModel)
              .filter(([, totals]) => totals.requests > 0)
              .map(
                ([model, totals]) =>
                  `${modelName(model)}: ${formatNumber(totals.credits)} credits in ${formatNumber(totals.requests)}`,
              )
              .join("; ") || "—",
          ])}
        />
      </CardContent>
    </Card>
  );
}
