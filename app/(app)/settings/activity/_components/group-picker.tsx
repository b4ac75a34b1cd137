import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { activityHref, SPEND_GROUPS, type ActivityFilters } from "@/lib/activity/filters";

const LABELS = { model: "Model", agent: "Agent", conversation: "Conversation" } as const;

/** Group the spending table by model, agent or conversation (kept in the URL, like every filter). */
export function GroupPicker({ filters }: { filters: ActivityFilters }) {
  return (
    <nav aria-label="Group spending by" className="flex flex-wrap items-center gap-1 text-sm">
      <span className="mr-1 text-muted-foreground">Group by</span>
      {SPEND_GROUPS.map((group) => (
        <Link
          key={group}
          href={activityHref(filters, { group })}
          scroll={false}
          aria-current={filters.group === group ? "true" : undefined}
          className={cn(
            "rounded-full px-3 py-1 font-medium transition-colors",
            filters.group === group
              ? "bg-accent-subtle text-accent-subtle-foreground"
              : "text-muted-foreground hover:bg-subtle hover:text-foreground",
          )}
        >
          {LABELS[group]}
        </Link>
      ))}
    </nav>
  );
}
