import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";
import { Badge } from "./ui/badge";
import { cn } from "./ui/cn";

interface ComingSoonProps {
  icon: LucideIcon;
  title: string;
  description: string;
  /** What the feature will do, one short line each. */
  points?: string[];
  /** Extra detail under the points, such as a price table. */
  children?: ReactNode;
  /** Heading level: 1 for a page of its own, 2 inside a page that already has one. */
  level?: 1 | 2;
  className?: string;
}

/** The honest placeholder for work that is planned but not built yet. */
export function ComingSoon({
  icon: Icon,
  title,
  description,
  points,
  children,
  level = 1,
  className,
}: ComingSoonProps) {
  const Heading = level === 1 ? "h1" : "h2";
  return (
    <section className={cn("rounded-2xl border border-dashed border-border bg-surface p-5 sm:p-8", className)}>
      <div className="flex flex-wrap items-center gap-3">
        <span className="flex size-10 items-center justify-center rounded-xl bg-accent-subtle text-accent-subtle-foreground">
          <Icon aria-hidden className="size-5" />
        </span>
        <Heading className={cn("font-semibold tracking-tight", level === 1 ? "text-2xl" : "text-lg")}>{title}</Heading>
        <Badge>Coming soon</Badge>
      </div>
      <p className="mt-4 max-w-2xl text-muted-foreground">{description}</p>
      {points && (
        <ul className="mt-4 max-w-2xl list-disc space-y-1.5 pl-5 text-sm marker:text-muted-foreground">
          {points.map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
      )}
      {children && <div className="mt-6">{children}</div>}
    </section>
  );
}
