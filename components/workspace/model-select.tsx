import { Label } from "@/components/ui/field";
import { NativeSelect, NativeSelectOption } from "@/components/ui/native-select";
import { cn } from "@/components/ui/cn";

interface ModelSelectProps<T extends string> {
  id: string;
  /** Each model with its price in the label, e.g. "Sage — 4 credits". */
  models: readonly { id: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
  className?: string;
  /** E.g. "max-sm:sr-only" where the picker speaks for itself and space is short. */
  labelClassName?: string;
}

/** The "Model" picker used by chat, agents, images and video. */
export function ModelSelect<T extends string>({
  id,
  models,
  value,
  onChange,
  className,
  labelClassName,
}: ModelSelectProps<T>) {
  return (
    <div className={cn("flex min-w-0 flex-col gap-1.5", className)}>
      <Label htmlFor={id} className={labelClassName}>
        Model
      </Label>
      <NativeSelect
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value as T)}
        className="w-full sm:w-auto sm:max-w-full"
      >
        {models.map((model) => (
          <NativeSelectOption key={model.id} value={model.id}>
            {model.label}
          </NativeSelectOption>
        ))}
      </NativeSelect>
    </div>
  );
}
