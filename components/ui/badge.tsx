import type { ComponentProps } from "react";
import { cn } from "./cn";

export function Badge({ className, ...props }: ComponentProps<"span">) {
  return (
    <span
      className={cn(
        "inline-flex items-center rounded-full bg-accent-subtle px-2.5 py-0.5 text-xs font-medium text-accent-subtle-foreground",
        className,
      )}
      {...props}
    />
  );
}
