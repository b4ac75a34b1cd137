import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

interface EmptyStateProps {
  icon: LucideIcon;
  title?: string;
  description: ReactNode;
  /** Actions or suggestions under the description. */
  children?: ReactNode;
  className?: string;
}

/** What a list or thread shows before it has anything in it. */
export function EmptyState({ icon: Icon, title, description, children, className }: EmptyStateProps) {
  return (
    <div
      className={cn(
        "flex flex-col items-center rounded-2xl border border-dashed border-border px-6 py-10 text-center",
        className,
      )}
    >
      <span className="flex size-11 items-center justify-center rounded-xl bg-accent-subtle text-accent-subtle-foreground">
        <Icon aria-hidden className="size-5" />
      </span>
      {title && <h2 className="mt-4 font-semibold">{title}</h2>}
      <p className={cn("max-w-md text-sm text-pretty text-muted-foreground", title ? "mt-1" : "mt-3")}>{description}</p>
      {children}
    </div>
  );
}
