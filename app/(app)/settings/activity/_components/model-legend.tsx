import { cn } from "@/components/ui/cn";
import { WithTooltip } from "@/components/ui/tooltip";
import type { ChartModel } from "../_lib/chart-data";

interface ModelLegendProps {
  models: ChartModel[];
  hidden: ReadonlySet<string>;
  onToggle: (id: string) => void;
}

/** Model colours, each a toggle that hides or shows that model on the charts. */
export function ModelLegend({ models, hidden, onToggle }: ModelLegendProps) {
  return (
    <ul aria-label="Models on the charts" className="flex min-h-8 flex-wrap gap-1.5">
      {models.map((model) => {
        const shown = !hidden.has(model.id);
        return (
          <li key={model.id}>
            <WithTooltip label={shown ? `Hide ${model.name}` : `Show ${model.name}`}>
              <button
                type="button"
                aria-pressed={shown}
                onClick={() => onToggle(model.id)}
                className={cn(
                  "inline-flex h-7 items-center gap-1.5 rounded-full border px-2.5 text-xs font-medium transition-colors",
                  shown
                    ? "border-border bg-surface text-foreground hover:bg-subtle"
                    : "border-dashed border-border text-muted-foreground line-through",
                )}
              >
                <span
                  className="size-2.5 rounded-full"
                  style={{
                    backgroundColor: shown ? model.color : "transparent",
                    boxShadow: `inset 0 0 0 1.5px ${model.color}`,
                  }}
                />
                {model.name}
              </button>
            </WithTooltip>
          </li>
        );
      })}
    </ul>
  );
}
