import { formatCredits } from "@/components/format";
import { cn } from "@/components/ui/cn";

/** What a request will cost, shown before it is sent ("≈ 4 credits", or with a note such as "for 3 models"). */
export function PriceHint({
  id,
  credits,
  note,
  className,
}: {
  id: string;
  credits: number;
  note?: string;
  className?: string;
}) {
  return (
    <p id={id} aria-live="polite" className={cn("text-sm text-muted-foreground tabular-nums", className)}>
      ≈ {formatCredits(credits)}
      {note && ` ${note}`}
    </p>
  );
}
