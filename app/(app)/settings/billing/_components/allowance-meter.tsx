import { formatCredits, formatNumber } from "@/components/format";

/** Counted from what is left, so credits spent before a mid-period upgrade count as used too. */
export function allowanceUsed({ total, remaining }: { total: number; remaining: number }) {
  return Math.min(total, Math.max(0, total - remaining));
}

/** This period's allowance as a bar: what is spent of it, and what is left. */
export function AllowanceMeter({ total, remaining }: { total: number; remaining: number }) {
  const used = allowanceUsed({ total, remaining });
  const percent = total > 0 ? (used / total) * 100 : 0;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 text-sm">
        <span className="font-medium">Monthly allowance</span>
        <span className="text-muted-foreground tabular-nums">
          {formatNumber(used)} of {formatNumber(total)} used
        </span>
      </div>
      <div
        role="progressbar"
        aria-label="Monthly allowance used"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={used}
        aria-valuetext={`${formatNumber(used)} of ${formatCredits(total)} used`}
        className="h-2.5 overflow-hidden rounded-full bg-subtle"
      >
        <div className="h-full rounded-full bg-accent transition-[width]" style={{ width: `${percent}%` }} />
      </div>
      <p className="text-sm text-muted-foreground">
        <span className="font-medium text-foreground tabular-nums">{formatCredits(Math.max(0, remaining))}</span> left
        this period
      </p>
    </div>
  );
}
