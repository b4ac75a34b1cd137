"use client";

import { lazy, Suspense, useState, type ReactNode, type Ref } from "react";
import { useInView } from "react-intersection-observer";
import { CHART_HEIGHTS, type KindChartData, type UsageChartData } from "../_lib/chart-data";
import { ModelLegend } from "./model-legend";

// Recharts is the page's heaviest dependency: its own chunk, and a few hundred milliseconds of main thread per
// chart on a phone. So each chart loads and draws only once it comes near the screen: what is never scrolled to
// costs nothing, and the page answers input while it loads. Placeholders of the charts' exact size hold their
// place meanwhile (no layout jump when they arrive).
const loadCharts = () => import("./activity-charts");
const StackedBars = lazy(() => loadCharts().then((module) => ({ default: module.StackedBars })));
const KindChart = lazy(() => loadCharts().then((module) => ({ default: module.KindChart })));

function Placeholder({ height, ref }: { height: number; ref?: Ref<HTMLDivElement> }) {
  return <div ref={ref} className="animate-pulse rounded-lg bg-subtle motion-reduce:animate-none" style={{ height }} />;
}

function WhenNearScreen({ height, children }: { height: number; children: ReactNode }) {
  const { ref, inView } = useInView({ triggerOnce: true, rootMargin: "100px 0px" });
  if (!inView) return <Placeholder ref={ref} height={height} />;
  return <Suspense fallback={<Placeholder height={height} />}>{children}</Suspense>;
}

function ChartFigure({ title, height, children }: { title: string; height: number; children: ReactNode }) {
  return (
    <figure className="space-y-1">
      <figcaption className="h-4 text-xs leading-4 font-medium text-muted-foreground">{title}</figcaption>
      <WhenNearScreen height={height}>{children}</WhenNearScreen>
    </figure>
  );
}

/** Credits and requests per bucket, stacked by model, with a legend that hides or shows each model. */
export function UsageChartsLoader({ data }: { data: UsageChartData }) {
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setHidden((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const visible = data.models.filter((model) => !hidden.has(model.id));
  const per = data.unit === "day" ? "day" : "hour";
  return (
    <div className="space-y-4">
      <ModelLegend models={data.models} hidden={hidden} onToggle={toggle} />
      <div className="space-y-4" data-testid="usage-charts" data-buckets={data.credits.length}>
        <ChartFigure title={`Credits per ${per}`} height={CHART_HEIGHTS.credits}>
          <StackedBars unit="credits" data={data.credits} models={visible} height={CHART_HEIGHTS.credits} />
        </ChartFigure>
        <ChartFigure title={`Requests per ${per}`} height={CHART_HEIGHTS.requests}>
          <StackedBars unit="requests" data={data.requests} models={visible} height={CHART_HEIGHTS.requests} />
        </ChartFigure>
      </div>
    </div>
  );
}

export function KindChartLoader({ data }: { data: KindChartData }) {
  return (
    <WhenNearScreen height={CHART_HEIGHTS.kinds}>
      <KindChart data={data} />
    </WhenNearScreen>
  );
}
