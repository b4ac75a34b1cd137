"use client";

import { Square } from "lucide-react";
import { useEffect, useState, type FormEvent, type KeyboardEvent, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { FieldHint, Label, Textarea } from "@/components/ui/field";
import { Spinner } from "@/components/ui/spinner";
import type { ActionError } from "@/components/workspace/action-error";
import { ErrorNotice } from "@/components/workspace/error-notice";
import { PriceHint } from "@/components/workspace/price-hint";
import type { SendOutcome } from "./chat-session";

interface ComposerProps {
  price: number;
  /** The model picker, or the agent's fixed model. */
  model: ReactNode;
  pending: boolean;
  /** Set while this thread's answer streams: shows Stop. */
  onStop?: () => void;
  error: ActionError | null;
  onSend: (prompt: string) => Promise<SendOutcome>;
  /** The text to start with, and where each change goes: a new chat moving to its address keeps the draft. */
  initialPrompt?: string;
  onPromptChange?: (prompt: string) => void;
}

export function Composer({
  price,
  model,
  pending,
  onStop,
  error,
  onSend,
  initialPrompt = "",
  onPromptChange,
}: ComposerProps) {
  const [prompt, setPrompt] = useState(initialPrompt);
  useEffect(() => {
    onPromptChange?.(prompt);
  }, [prompt, onPromptChange]);
  const [hint, setHint] = useState<string | null>(null);
  const busyElsewhere = pending && !onStop;

  async function submit() {
    const text = prompt.trim();
    if (!text) {
      setHint("Write a message first.");
      return;
    }
    setHint(null);
    setPrompt("");
    // Nothing was sent (no credits, offline…): give the text back so the person can try again.
    if ((await onSend(text)) !== "sent") setPrompt((current) => current || text);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!pending) void submit();
  }

  function handleKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      event.currentTarget.form?.requestSubmit();
    }
  }

  return (
    // The composer stays in reach while the conversation scrolls underneath it.
    <div className="sticky bottom-0 z-10 -mx-2 mt-auto bg-linear-to-t from-background from-80% to-transparent px-2 pt-4 pb-4">
      <form
        onSubmit={handleSubmit}
        className="space-y-3 rounded-2xl border border-border bg-surface p-3 shadow-lg sm:p-4"
      >
        {error && <ErrorNotice error={error} />}
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="chat-message" className="max-sm:sr-only">
            Message
          </Label>
          <Textarea
            id="chat-message"
            name="message"
            rows={2}
            maxLength={8_000}
            placeholder="Ask anything…"
            aria-describedby="chat-keys"
            aria-invalid={hint ? true : undefined}
            value={prompt}
            onChange={(event) => {
              setPrompt(event.target.value);
              if (hint) setHint(null);
            }}
            onKeyDown={handleKeyDown}
            className="min-h-12 sm:min-h-16"
          />
          <FieldHint id="chat-keys" className={hint ? "text-danger" : busyElsewhere ? undefined : "max-sm:hidden"}>
            {hint ??
              (busyElsewhere
                ? "Another chat is still writing its answer; you can send when it is done."
                : "Enter to send, Shift + Enter for a new line.")}
          </FieldHint>
        </div>
        <div className="flex items-end justify-between gap-3 sm:flex-wrap">
          <div className="min-w-0 flex-1 sm:flex-none">{model}</div>
          <div className="flex shrink-0 items-center gap-2 sm:gap-3">
            <PriceHint id="chat-price" credits={price} />
            {onStop && (
              <Button variant="secondary" onClick={onStop}>
                <Square aria-hidden className="fill-current" />
                Stop
              </Button>
            )}
            <Button type="submit" disabled={pending} aria-describedby="chat-price">
              {pending && <Spinner />}
              Send
            </Button>
          </div>
        </div>
      </form>
    </div>
  );
}
