import { ChevronDown } from "lucide-react";
import type { ComponentProps } from "react";
import { cn } from "./cn";
import { controlClasses } from "./field";

// shadcn/ui's NativeSelect: the browser's own <select>, styled. Every list in Tally is plain text (a model
// and its price, a time range, 400-odd time zones), where the native picker is the better control: the
// phone's system wheel, type-to-find, no portal. `className` sizes the wrapper; other props go to <select>.

export function NativeSelect({
  className,
  size = "default",
  ...props
}: Omit<ComponentProps<"select">, "size"> & { size?: "sm" | "default" }) {
  return (
    <div className={cn("relative", className)}>
      <select
        className={cn(
          controlClasses,
          "w-full appearance-none pr-9 aria-invalid:border-danger",
          size === "sm" ? "h-9" : "h-10",
        )}
        {...props}
      />
      <ChevronDown
        aria-hidden
        className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-muted-foreground"
      />
    </div>
  );
}

export function NativeSelectOption(props: ComponentProps<"option">) {
  return <option {...props} />;
}

export function NativeSelectOptGroup(props: ComponentProps<"optgroup">) {
  return <optgroup {...props} />;
}
