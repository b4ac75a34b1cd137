import { Slot } from "@radix-ui/react-slot";
import { cva, type VariantProps } from "class-variance-authority";
import type { ComponentProps } from "react";
import { cn } from "./cn";

// shadcn/ui's Button: variants with cva, and `asChild` to give a link (or a Radix trigger) the same look.
export const buttonVariants = cva(
  "inline-flex shrink-0 items-center justify-center rounded-lg font-medium whitespace-nowrap transition-colors disabled:pointer-events-none disabled:opacity-60 [&_svg]:size-4 [&_svg]:shrink-0",
  {
    variants: {
      variant: {
        primary: "bg-accent text-accent-foreground shadow-sm hover:bg-accent-hover",
        secondary: "border border-border bg-surface text-foreground shadow-sm hover:bg-subtle",
        ghost: "text-foreground hover:bg-subtle",
        // Only for what cannot be undone (deleting the account, a conversation, an agent).
        danger: "bg-danger text-white shadow-sm hover:bg-danger/90",
      },
      size: {
        sm: "h-8 gap-1.5 px-3 text-sm",
        md: "h-10 gap-2 px-4 text-sm",
        lg: "h-12 gap-2 px-6 text-base",
        icon: "size-9",
      },
    },
    defaultVariants: { variant: "primary", size: "md" },
  },
);

export type ButtonStyle = VariantProps<typeof buttonVariants> & { className?: string };

/** Button classes, also for links that look like buttons. */
export function buttonClasses({ variant, size, className }: ButtonStyle = {}) {
  return cn(buttonVariants({ variant, size }), className);
}

export function Button({
  variant,
  size,
  className,
  asChild = false,
  type = "button",
  ...props
}: ComponentProps<"button"> & ButtonStyle & { asChild?: boolean }) {
  const Component = asChild ? Slot : "button";
  return (
    <Component type={asChild ? undefined : type} className={buttonClasses({ variant, size, className })} {...props} />
  );
}
