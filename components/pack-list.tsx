import type { ReactNode } from "react";
import { CREDIT_PACKS, formatUsd } from "@/config/plans";
import { formatCentsPerCredit, formatCredits } from "./format";
import { cn } from "./ui/cn";

export type CreditPack = (typeof CREDIT_PACKS)[keyof typeof CREDIT_PACKS];

interface PackListProps {
  /** A buy button at the end of each row. */
  renderAction?: (pack: CreditPack) => ReactNode;
  className?: string;
}

export function PackList({ renderAction, className }: PackListProps) {
  return (
    <ul className={cn("divide-y divide-border rounded-xl border border-border bg-surface", className)}>
      {Object.values(CREDIT_PACKS).map((pack) => {
        const details = (
          <>
            <span className="font-medium">{formatCredits(pack.credits)}</span>
            <span className="text-sm text-muted-foreground">
              {formatUsd(pack.priceCents)} · {formatCentsPerCredit(pack.priceCents, pack.credits)} per credit
            </span>
          </>
        );
        return renderAction ? (
          <li key={pack.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
            <div className="flex min-w-0 flex-col">{details}</div>
            {renderAction(pack)}
          </li>
        ) : (
          <li key={pack.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-4 py-3">
            {details}
          </li>
        );
      })}
    </ul>
  );
}
