"use client";

import { lazy, Suspense } from "react";
import { useInView } from "react-intersection-observer";
import type { AffiliateDashboard } from "@/lib/affiliate/queries";

// Recharts loads in its own chunk, and only once the chart comes near the screen (as on Activity).
export const EARNINGS_CHART_HEIGHT = 200;
const EarningsChart = lazy(() => import("./earnings-chart"));

function Placeholder({ ref }: { ref?: (node?: Element | null) => void }) {
  return (
    <div
      ref={ref}
      className="animate-pulse rounded-lg bg-subtle motion-reduce:animate-none"
      style={{ height: EARNINGS_CHART_HEIGHT }}
    />
  );
}

export function EarningsChartLoader({ months }: { months: AffiliateDashboard["byMonth"] }) {
  const { ref, inView } = useInView({ triggerOnce: true, rootMargin: "100px 0px" });
  if (!inView) return <Placeholder ref={ref} />;
  return (
    <Suspense fallback={<Placeholder />}>
      <EarningsChart months={months} height={EARNINGS_CHART_HEIGHT} />
    </Suspense>
  );
}
