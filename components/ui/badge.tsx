import { cva, type VariantProps } from "class-variance-authority";
import type { ComponentProps } from "react";
import { cn } from "./cn";

// shadcn/ui's Badge: a short status or label, its tone a cva variant drawn from the colour tokens.
const badgeVariants = cva("inline-flex items-center gap-1.5 rounded-full px-2.5 py-0.5 text-xs font-medium", {
  variants: {
    tone: {
      accent: "bg-accent-subtle text-accent-subtle-foreground",
      success: "bg-success/10 text-success",
      warning: "bg-amber-500/15 text-amber-800 dark:text-amber-300",
      danger: "bg-danger-subtle text-danger",
      muted: "bg-subtle text-muted-foreground",
    },
  },
  defaultVariants: { tone: "accent" },
});

export type BadgeTone = NonNullable<VariantProps<typeof badgeVariants>["tone"]>;

export function Badge({ className, tone, ...props }: ComponentProps<"span"> & VariantProps<typeof badgeVariants>) {
  return <span className={cn(badgeVariants({ tone }), className)} {...props} />;
}
