import { CircleAlert, CircleCheck, Info, type LucideIcon } from "lucide-react";
import type { ComponentProps } from "react";
import { cn } from "./cn";

/** An error announced to screen readers as soon as it appears. */
export function ErrorAlert({ className, children, ...props }: ComponentProps<"div">) {
  return (
    <div
      role="alert"
      className={cn(
        "flex gap-2.5 rounded-lg border border-danger-border bg-danger-subtle px-3.5 py-3 text-sm text-danger",
        className,
      )}
      {...props}
    >
      <CircleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
      <div className="min-w-0 flex-1 space-y-2">{children}</div>
    </div>
  );
}

const TONES = {
  info: { icon: Info, classes: "border-accent/25 bg-accent-subtle text-accent-subtle-foreground" },
  success: { icon: CircleCheck, classes: "border-success/30 bg-success/10 text-foreground [&>svg]:text-success" },
} satisfies Record<string, { icon: LucideIcon; classes: string }>;

/** News that is not an error (a confirmation, a heads-up), read out politely by screen readers. */
export function Notice({
  tone = "info",
  icon,
  className,
  children,
  ...props
}: ComponentProps<"div"> & { tone?: keyof typeof TONES; icon?: LucideIcon }) {
  const Icon = icon ?? TONES[tone].icon;
  return (
    <div
      role="status"
      className={cn("flex gap-2.5 rounded-lg border px-3.5 py-3 text-sm", TONES[tone].classes, className)}
      {...props}
    >
      <Icon aria-hidden className="mt-0.5 size-4 shrink-0" />
      <div className="min-w-0 flex-1 space-y-2">{children}</div>
    </div>
  );
}
