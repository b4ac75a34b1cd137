import { CircleAlert } from "lucide-react";
import type { ComponentProps } from "react";
import { cn } from "./cn";

/** An error announced to screen readers as soon as it appears. */
export function ErrorAlert({ className, children, ...props }: ComponentProps<"div">) {
  return (
    <div
      role="alert"
      className={cn("flex gap-2.5 rounded-lg border border-danger-border bg-danger-subtle px-3.5 py-3 text-sm text-danger", className)}
      {...props}
    >
      <CircleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
      <div className="min-w-0 flex-1 space-y-2">{children}</div>
    </div>
  );
}
