import { Coins } from "lucide-react";
import Link from "next/link";
import { formatCredits, formatNumber } from "@/components/format";

export function CreditBalance({ available, held }: { available: number; held: number }) {
  const label = formatCredits(available);
  return (
    <div className="flex items-center gap-2">
      <Link
        href="/settings/billing"
        data-testid="credit-balance"
        aria-label={`Credit balance: ${label}`}
        className="inline-flex h-9 items-center gap-1.5 rounded-full border border-border bg-surface px-3 text-sm font-medium tabular-nums shadow-sm transition-colors hover:bg-subtle"
      >
        <Coins aria-hidden className="size-4 text-accent" />
        {label}
      </Link>
      {held > 0 && (
        <span
          className="hidden text-xs text-muted-foreground sm:inline"
          title="Held for requests that are still running"
        >
          ({formatNumber(held)} reserved)
        </span>
      )}
    </div>
  );
}
