import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { CHART_HEIGHTS } from "../_lib/chart-data";

// Placeholders shaped like what they stand for, so nothing moves when the data arrives.
function Block({ className, height }: { className?: string; height?: number }) {
  return (
    <div
      className={cn("animate-pulse rounded-md bg-subtle motion-reduce:animate-none", className)}
      style={height ? { height } : undefined}
    />
  );
}

export function ToolbarSkeleton() {
  return (
    <div className="space-y-4" aria-hidden>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="space-y-2">
          <Block className="h-6 w-24" />
          <Block className="h-4 w-72 max-w-full" />
        </div>
        <Block className="h-8 w-28" />
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <Block className="h-9 w-96 max-w-full" />
        <Block className="h-14 w-full sm:w-[22.75rem]" />
      </div>
    </div>
  );
}

export function ReportSkeleton() {
  return (
    <div className="space-y-6" aria-busy aria-label="Loading activity">
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        {[0, 1, 2, 3].map((i) => (
          <Card key={i} className="h-[6.5rem] p-4">
            <Block className="h-4 w-24" />
            <Block className="mt-2 h-7 w-16" />
          </Card>
        ))}
      </div>
      <Card className="h-[9.5rem] p-5">
        <Block className="h-4 w-24" />
        <Block className="mt-2 h-7 w-36" />
        <Block className="mt-4 h-2 w-full" />
      </Card>
      <Card className="space-y-4 p-5 sm:p-6">
        <Block className="h-5 w-32" />
        <Block className="h-4 w-80 max-w-full" />
        <Block className="h-8 w-full" />
        <Block height={CHART_HEIGHTS.credits} />
        <Block height={CHART_HEIGHTS.requests} />
      </Card>
    </div>
  );
}

export function RequestsSkeleton() {
  return (
    <Card className="overflow-hidden" aria-busy aria-label="Loading requests">
      <div className="space-y-2 p-5 sm:p-6">
        <Block className="h-5 w-24" />
        <Block className="h-4 w-72 max-w-full" />
      </div>
      <div className="divide-y divide-border border-t border-border">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="flex items-center justify-between gap-3 px-5 py-3 sm:px-6">
            <div className="space-y-1.5">
              <Block className="h-4 w-32" />
              <Block className="h-3 w-48" />
            </div>
            <Block className="h-5 w-24" />
          </div>
        ))}
      </div>
    </Card>
  );
}
