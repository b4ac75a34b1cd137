import { cn } from "@/components/ui/cn";

interface ChoiceGroupProps<T extends string | number> {
  legend: string;
  name: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
  disabled?: boolean;
}

/** A small set of mutually exclusive options as pills: native radios, so keyboard and forms just work. */
export function ChoiceGroup<T extends string | number>({
  legend,
  name,
  options,
  value,
  onChange,
  disabled,
}: ChoiceGroupProps<T>) {
  return (
    <fieldset className="min-w-0" disabled={disabled}>
      <legend className="mb-1.5 text-sm font-medium">{legend}</legend>
      <div className="flex flex-wrap gap-1.5">
        {options.map((option) => (
          <label
            key={option.value}
            className={cn(
              "relative inline-flex h-9 items-center rounded-lg border px-3 text-sm font-medium tabular-nums transition-colors",
              option.value === value
                ? "border-accent bg-accent-subtle text-accent-subtle-foreground"
                : "border-border bg-surface text-muted-foreground hover:bg-subtle hover:text-foreground",
            )}
          >
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
              // Invisible but covering the pill: clicks and the focus ring land on the real radio.
              className="absolute inset-0 cursor-pointer appearance-none rounded-lg"
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
