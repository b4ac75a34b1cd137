import { cn } from "@/components/ui/cn";

export interface Stat {
  label: string;
  value: string;
  hint: string;
}

/** Figures side by side, each a term (its label), its value and a line saying what it counts. */
export function StatGrid({ stats, className }: { stats: Stat[]; className?: string }) {
  return (
    <dl
      className={cn("grid gap-3 sm:grid-cols-2", stats.length === 3 ? "sm:grid-cols-3" : "lg:grid-cols-4", className)}
    >
      {stats.map((stat) => (
        <div key={stat.label} className="rounded-xl border border-border p-4">
          <dt className="text-sm text-muted-foreground">{stat.label}</dt>
          <dd className="mt-1 text-2xl font-semibold tracking-tight tabular-nums">{stat.value}</dd>
          <dd className="text-xs text-muted-foreground">{stat.hint}</dd>
        </div>
      ))}
    </dl>
  );
}
