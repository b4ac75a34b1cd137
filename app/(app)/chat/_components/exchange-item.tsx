import { Sparkles } from "lucide-react";
import { modelName } from "@/config/pricing";
import { formatCredits } from "@/components/format";
import { Spinner } from "@/components/ui/spinner";
import { ReplyText } from "./reply-text";

export interface Exchange {
  /** The request id, which also identifies the exchange on screen. */
  id: string;
  prompt: string;
  model: string;
  reply?: { text: string; credits: number };
}

export function ExchangeItem({ exchange }: { exchange: Exchange }) {
  return (
    <li className="space-y-3">
      <div className="flex justify-end">
        <div className="max-w-[85%] rounded-2xl rounded-br-md bg-accent px-4 py-2.5 text-accent-foreground">
          <p className="sr-only">You wrote:</p>
          <p className="whitespace-pre-wrap break-words">{exchange.prompt}</p>
        </div>
      </div>
      <div className="flex gap-3">
        <span className="mt-1 flex size-8 shrink-0 items-center justify-center rounded-full bg-accent-subtle text-accent-subtle-foreground">
          <Sparkles aria-hidden className="size-4" />
        </span>
        <div className="min-w-0 flex-1 rounded-2xl rounded-tl-md border border-border bg-surface px-4 py-3 shadow-sm">
          <p className="text-xs font-medium text-muted-foreground">{modelName(exchange.model)}</p>
          {exchange.reply ? (
            <>
              <div data-testid="chat-reply" className="mt-1.5">
                <ReplyText text={exchange.reply.text} />
              </div>
              <p data-testid="reply-cost" className="mt-3 border-t border-border pt-2 text-xs text-muted-foreground">
                Cost: {formatCredits(exchange.reply.credits)}
              </p>
            </>
          ) : (
            <p role="status" className="mt-1.5 flex items-center gap-2 text-sm text-muted-foreground">
              <Spinner className="size-4" />
              Writing an answer…
            </p>
          )}
        </div>
      </div>
    </li>
  );
}
