import { RefreshCw, Sparkles } from "lucide-react";
import dynamic from "next/dynamic";
import { createContext, use } from "react";
import { modelName } from "@/config/pricing";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Spinner } from "@/components/ui/spinner";
import { CostLine, type CostOutcome } from "@/components/workspace/cost-line";

// Markdown with GFM and highlight.js is ~95 KB of gzipped JavaScript: it loads with the first answer on screen
// (server-rendered in saved conversations), not with every chat page. Until it has loaded, the answer streams in
// as plain text (next/dynamic passes no props to `loading`, hence the context).
const StreamingText = createContext("");
const Markdown = dynamic(() => import("@/components/markdown/markdown").then((module) => module.Markdown), {
  loading: function PlainText() {
    return <p className="leading-relaxed break-words whitespace-pre-wrap">{use(StreamingText)}</p>;
  },
});

export function UserMessage({ text }: { text: string }) {
  return (
    <li className="flex justify-end">
      <div className="max-w-[85%] rounded-2xl rounded-br-md bg-accent px-4 py-2.5 text-accent-foreground">
        <p className="sr-only">You wrote:</p>
        <p data-testid="chat-prompt" className="break-words whitespace-pre-wrap">
          {text}
        </p>
      </div>
    </li>
  );
}

export type AnswerState = "waiting" | "streaming" | "done" | "stopped" | "cutOff" | "failed" | "interrupted";

interface AnswerProps {
  model: string;
  text: string;
  state: AnswerState;
  credits: number;
  /** A stopped answer is charged only if words had arrived. */
  charged: boolean;
  onRegenerate?: () => void;
  regenerateDisabled?: boolean;
}

function costOf({ state, credits, charged }: AnswerProps): CostOutcome | null {
  switch (state) {
    case "done":
      return { kind: "charged", credits };
    case "stopped":
      return charged
        ? { kind: "charged", credits, note: "stopped early" }
        : { kind: "free", label: "Stopped before the answer began — not charged" };
    case "cutOff":
      // The provider ended it part-way (silence, a dropped connection or the length cap): charged like a stopped answer.
      return { kind: "charged", credits, note: "cut off by the model" };
    case "failed":
      return { kind: "free", label: "Failed — not charged" };
    default:
      return null;
  }
}

export function Answer(props: AnswerProps) {
  const { model, text, state, onRegenerate, regenerateDisabled } = props;
  const cost = costOf(props);
  const failed = state === "failed";
  return (
    <li className="flex gap-3">
      <span
        className={cn(
          "mt-1 flex size-8 shrink-0 items-center justify-center rounded-full",
          failed ? "bg-danger-subtle text-danger" : "bg-accent-subtle text-accent-subtle-foreground",
        )}
      >
        <Sparkles aria-hidden className="size-4" />
      </span>
      <div
        aria-busy={state === "waiting" || state === "streaming"}
        className={cn(
          "min-w-0 flex-1 rounded-2xl rounded-tl-md border bg-surface px-4 py-3 shadow-sm",
          failed ? "border-danger-border" : "border-border",
        )}
      >
        <p className="text-xs font-medium text-muted-foreground">{modelName(model)}</p>
        {state === "waiting" ? (
          <p role="status" className="mt-1.5 flex items-center gap-2 text-sm text-muted-foreground">
            <Spinner className="size-4" />
            Thinking…
          </p>
        ) : (
          <div data-testid="chat-reply" className={cn("mt-1.5", failed && "text-danger")}>
            {failed ? (
              <p>{text}</p>
            ) : (
              <StreamingText value={text}>
                <Markdown text={text} />
              </StreamingText>
            )}
          </div>
        )}
        {state === "streaming" && (
          <p className="mt-3 flex items-center gap-2 border-t border-border pt-2 text-xs text-muted-foreground">
            <Spinner className="size-3.5" />
            Writing…
          </p>
        )}
        {state === "interrupted" && (
          <p className="mt-3 border-t border-border pt-2 text-xs text-muted-foreground">
            The connection dropped. The answer is still being saved: reload the page in a moment to see it.
          </p>
        )}
        {(cost || onRegenerate) && (
          <div className="mt-3 flex flex-wrap items-center justify-between gap-2 border-t border-border pt-2">
            {cost && <CostLine outcome={cost} testId="reply-cost" />}
            {onRegenerate && (
              <Button
                variant="ghost"
                size="sm"
                className="-my-1 ml-auto text-muted-foreground"
                onClick={onRegenerate}
                disabled={regenerateDisabled}
              >
                <RefreshCw aria-hidden />
                Regenerate
              </Button>
            )}
          </div>
        )}
      </div>
    </li>
  );
}
