import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";

interface StatusPanelProps {
  icon: LucideIcon;
  eyebrow: string;
  title: string;
  description: string;
  /** Buttons or links that get the person moving again. */
  actions: ReactNode;
}

/** The body of the not-found and error pages. */
export function StatusPanel({ icon: Icon, eyebrow, title, description, actions }: StatusPanelProps) {
  return (
    <div className="mx-auto flex max-w-md flex-col items-center py-16 text-center">
      <span className="flex size-12 items-center justify-center rounded-2xl bg-accent-subtle text-accent-subtle-foreground">
        <Icon aria-hidden className="size-6" />
      </span>
      <p className="mt-6 text-sm font-semibold text-accent">{eyebrow}</p>
      <h1 className="mt-2 text-3xl font-semibold tracking-tight text-balance">{title}</h1>
      <p className="mt-3 text-muted-foreground">{description}</p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">{actions}</div>
    </div>
  );
}
