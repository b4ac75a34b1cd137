import { CircleCheck, CircleX } from "lucide-react";
import type { ReactNode } from "react";
import { CHAT_MODEL_IDS, CHAT_MODELS, modelName, type ChatModelId } from "@/config/pricing";
import { formatCredits } from "@/components/format";
import { Markdown } from "@/components/markdown/markdown";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { Spinner } from "@/components/ui/spinner";
import { CostLine } from "@/components/workspace/cost-line";

export type CouncilAnswerState = "waiting" | "streaming" | "answered" | "failed" | "stopped";

export interface CouncilAnswerView {
  model: string;
  state: CouncilAnswerState;
  text: string;
  /** What this answer was charged: its price once answered, 0 while running or when refunded. */
  credits: number;
  /** The price reserved for this model, returned if it fails. */
  price: number;
  /** Answered, but the provider ended it part-way: kept and charged. */
  cutOff?: boolean;
  error?: string | null;
}

export const priceOf = (model: string) =>
  model in CHAT_MODELS ? CHAT_MODELS[model as ChatModelId].creditsPerMessage : 0;
export const catalogOrder = (model: string) => CHAT_MODEL_IDS.indexOf(model as ChatModelId);

const STATUS: Record<CouncilAnswerState, string> = {
  waiting: "Waiting…",
  streaming: "Writing…",
  answered: "Answered",
  failed: "Failed — refunded",
  stopped: "Stopped — refunded",
};

/** One model's answer in a council run: streaming, charged, or refunded. */
export function CouncilAnswerCard({
  answer,
  idPrefix,
  compact = false,
}: {
  answer: CouncilAnswerView;
  idPrefix: string;
  compact?: boolean;
}) {
  const { model, state, text, credits, price, error, cutOff } = answer;
  const refunded = state === "failed" || state === "stopped";
  const busy = state === "waiting" || state === "streaming";
  const headingId = `${idPrefix}-${model}`;
  return (
    <article
      aria-labelledby={headingId}
      aria-busy={busy}
      className={cn(
        "flex min-w-0 flex-col rounded-2xl border bg-surface shadow-sm",
        refunded ? "border-danger-border" : "border-border",
      )}
    >
      <header className="flex items-center justify-between gap-3 border-b border-border px-4 py-3">
        <div className="min-w-0">
          <h3 id={headingId} className="truncate font-semibold">
            {modelName(model)}
          </h3>
          {!compact && model in CHAT_MODELS && (
            <p className="text-xs text-muted-foreground">{CHAT_MODELS[model as ChatModelId].tier}</p>
          )}
        </div>
        <Badge tone={refunded ? "danger" : state === "answered" ? "accent" : "muted"} className="shrink-0">
          {busy ? (
            <Spinner className="size-3" />
          ) : refunded ? (
            <CircleX aria-hidden className="size-3" />
          ) : (
            <CircleCheck aria-hidden className="size-3" />
          )}
          {state === "answered" && cutOff ? "Answered — cut off" : STATUS[state]}
        </Badge>
      </header>
      <div className={cn("flex-1 px-4 py-3 text-sm", compact && "max-h-80 overflow-y-auto")}>
        {refunded ? (
          <p className="text-danger">
            {error ?? (state === "stopped" ? "Stopped before this model finished." : "This model could not answer.")}
          </p>
        ) : text ? (
          <Markdown text={text} />
        ) : (
          <p className="text-muted-foreground">{state === "waiting" ? "Waiting for the first words…" : "No answer."}</p>
        )}
      </div>
      {!busy && (
        <footer className="border-t border-border px-4 py-2.5">
          <CostLine
            testId="council-answer-cost"
            outcome={
              refunded
                ? { kind: "free", label: `Not charged · ${formatCredits(price)} refunded` }
                : { kind: "charged", credits }
            }
          />
        </footer>
      )}
    </article>
  );
}

/** Side by side on wide screens, stacked on phones. */
export function AnswerGrid({ count, children, className }: { count: number; children: ReactNode; className?: string }) {
  return (
    <div className={cn("grid items-start gap-4 md:grid-cols-2", count >= 3 && "xl:grid-cols-3", className)}>
      {children}
    </div>
  );
}
