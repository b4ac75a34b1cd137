import { CircleSlash, Coins } from "lucide-react";
import { formatCredits } from "@/components/format";
import { cn } from "@/components/ui/cn";

export type CostOutcome =
  | { kind: "charged"; credits: number; note?: string }
  /** Nothing was charged; `label` says so and why ("Failed — not charged"). */
  | { kind: "free"; label: string };

/** The line under every answer or result: what it actually cost. */
export function CostLine({
  outcome,
  testId,
  className,
}: {
  outcome: CostOutcome;
  testId?: string;
  className?: string;
}) {
  const charged = outcome.kind === "charged";
  const Icon = charged ? Coins : CircleSlash;
  return (
    <p
      data-testid={testId}
      className={cn(
        "flex items-center gap-1.5 text-xs text-muted-foreground tabular-nums",
        !charged && "font-medium",
        className,
      )}
    >
      <Icon aria-hidden className="size-3.5 shrink-0" />
      {charged ? `Cost: ${formatCredits(outcome.credits)}${outcome.note ? ` · ${outcome.note}` : ""}` : outcome.label}
    </p>
  );
}
