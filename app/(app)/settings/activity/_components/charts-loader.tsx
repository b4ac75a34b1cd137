"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import { CHART_HEIGHTS, type KindChartData, type UsageChartData } from "../_lib/chart-data";
import { ModelLegend } from "./model-legend";

// Recharts is the page's heaviest dependency: it loads after the page, in its own chunk, while
// placeholders of the charts' exact size hold their place (no layout jump when they arrive).
function Placeholder({ height, caption = false }: { height: number; caption?: boolean }) {
  return (
    <div className="space-y-1">
      {caption && <div className="h-4" />}
      <div className="animate-pulse rounded-lg bg-subtle motion-reduce:animate-none" style={{ height }} />
    </div>
  );
}

const UsageCharts = dynamic(() => import("./activity-charts").then((module) => module.UsageCharts), {
  ssr: false,
  loading: () => (
    <div className="space-y-4">
      <Placeholder caption height={CHART_HEIGHTS.credits} />
      <Placeholder caption height={CHART_HEIGHTS.requests} />
    </div>
  ),
});

const KindChart = dynamic(() => import("./activity-charts").then((module) => module.KindChart), {
  ssr: false,
  loading: () => <Placeholder height={CHART_HEIGHTS.kinds} />,
});

export function UsageChartsLoader({ data }: { data: UsageChartData }) {
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setHidden((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return (
    <div className="space-y-4">
      <ModelLegend models={data.models} hidden={hidden} onToggle={toggle} />
      <UsageCharts data={data} hidden={hidden} />
    </div>
  );
}

export function KindChartLoader({ data }: { data: KindChartData }) {
  return <KindChart data={data} />;
}
