import type { ComponentProps } from "react";
import { cn } from "./cn";

// 16px text on phones: smaller text makes iOS zoom into the field on focus.
export const controlClasses =
  "w-full rounded-lg border border-border bg-surface px-3 text-base text-foreground shadow-sm transition-colors placeholder:text-muted-foreground hover:border-muted-foreground/50 focus-visible:border-ring disabled:opacity-60 sm:text-sm";

export function Label({ className, ...props }: ComponentProps<"label">) {
  return <label className={cn("text-sm font-medium", className)} {...props} />;
}

export function Input({ className, ...props }: ComponentProps<"input">) {
  return <input className={cn(controlClasses, "h-10", className)} {...props} />;
}

export function Textarea({ className, ...props }: ComponentProps<"textarea">) {
  return <textarea className={cn(controlClasses, "min-h-28 resize-y py-2.5 leading-relaxed", className)} {...props} />;
}

export function FieldHint({ className, ...props }: ComponentProps<"p">) {
  return <p className={cn("text-xs text-muted-foreground", className)} {...props} />;
}

/** A field's problem, tied to its input by id (aria-describedby) and announced when it appears. */
export function FieldError({ id, children }: { id: string; children: string }) {
  return (
    <p id={id} role="alert" className="text-sm font-medium text-danger">
      {children}
    </p>
  );
}

/** A labelled input with an optional hint and error, both tied to it for screen readers. */
export function TextField({
  id,
  label,
  hint,
  error,
  className,
  ...props
}: ComponentProps<"input"> & { id: string; label: string; hint?: string; error?: string }) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <Label htmlFor={id}>{label}</Label>
      <Input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={[errorId, hintId].filter(Boolean).join(" ") || undefined}
        className="aria-invalid:border-danger"
        {...props}
      />
      {error && <FieldError id={errorId!}>{error}</FieldError>}
      {hint && <FieldHint id={hintId}>{hint}</FieldHint>}
    </div>
  );
}
