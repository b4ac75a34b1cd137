import type { UsageStatus } from "@/lib/db";
import { Badge } from "@/components/ui/badge";

/** "Charged" or "Refunded": a refunded request failed and cost nothing. */
export function StatusPill({ status, className }: { status: UsageStatus; className?: string }) {
  const refunded = status === "FAILED_REFUNDED";
  return (
    <Badge tone={refunded ? "warning" : "success"} className={className}>
      {refunded ? "Refunded" : "Charged"}
    </Badge>
  );
}
