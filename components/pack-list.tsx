import { CREDIT_PACKS, formatUsd } from "@/config/plans";
import { formatCentsPerCredit, formatCredits } from "./format";
import { cn } from "./ui/cn";

export function PackList({ className }: { className?: string }) {
  return (
    <ul className={cn("divide-y divide-border rounded-xl border border-border bg-surface", className)}>
      {Object.values(CREDIT_PACKS).map((pack) => (
        <li key={pack.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-4 py-3">
          <span className="font-medium">{formatCredits(pack.credits)}</span>
          <span className="text-sm text-muted-foreground">
            {formatUsd(pack.priceCents)} · {formatCentsPerCredit(pack.priceCents, pack.credits)} per credit
          </span>
        </li>
      ))}
    </ul>
  );
}
