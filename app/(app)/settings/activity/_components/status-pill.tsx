import type { UsageStatus } from "@/lib/db";
import { cn } from "@/components/ui/cn";

/** "Charged" or "Refunded": a refunded request failed and cost nothing. */
export function StatusPill({ status, className }: { status: UsageStatus; className?: string }) {
  const refunded = status === "FAILED_REFUNDED";
  return (
    <span
      className={cn(
        "inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium",
        refunded ? "bg-amber-500/15 text-amber-800 dark:text-amber-300" : "bg-emerald-500/10 text-success",
        className,
      )}
    >
      {refunded ? "Refunded" : "Charged"}
    </span>
  );
}
