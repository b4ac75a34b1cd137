"use client";

import { MessageSquare } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { CHAT_MODEL_IDS, CHAT_MODELS, type ChatModelId } from "@/config/pricing";
import { formatCredits } from "@/components/format";
import { ErrorAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldHint, Label, Select, Textarea } from "@/components/ui/field";
import { Spinner } from "@/components/ui/spinner";
import { sendChatMessage } from "@/lib/chat/actions/send-chat-message";
import type { ErrorCode } from "@/lib/errors";
import { ExchangeItem, type Exchange } from "./exchange-item";

interface Attempt {
  requestId: string;
  model: ChatModelId;
  prompt: string;
}

type ChatError = { code: ErrorCode | "OFFLINE"; message: string };

export function ChatPanel() {
  const router = useRouter();
  const [model, setModel] = useState<ChatModelId>(CHAT_MODEL_IDS[0]);
  const [prompt, setPrompt] = useState("");
  const [exchanges, setExchanges] = useState<Exchange[]>([]);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ChatError | null>(null);
  // State updates land after a re-render; this guard stops a fast double click from sending twice.
  const inFlight = useRef(false);
  // A submission whose outcome is unknown (the connection dropped). Sending the same message again
  // reuses its request id, so the server answers it once and charges it at most once.
  const unresolved = useRef<Attempt | null>(null);

  const price = CHAT_MODELS[model].creditsPerMessage;

  // Keep the newest message and its answer in view above the composer.
  useEffect(() => {
    if (exchanges.length > 0) window.scrollTo({ top: document.documentElement.scrollHeight, behavior: "smooth" });
  }, [exchanges]);

  async function send() {
    if (inFlight.current) return;
    const text = prompt.trim();
    if (!text) {
      setError({ code: "INVALID_INPUT", message: "Write a message first." });
      return;
    }
    const previous = unresolved.current;
    const attempt = previous && previous.model === model && previous.prompt === text ? previous : { requestId: crypto.randomUUID(), model, prompt: text };
    unresolved.current = attempt;
    inFlight.current = true;
    setPending(true);
    setError(null);
    setExchanges((list) => [...list, { id: attempt.requestId, prompt: text, model }]);
    const withoutAttempt = (list: Exchange[]) => list.filter((exchange) => exchange.id !== attempt.requestId);
    try {
      const result = await sendChatMessage(attempt);
      if (result.ok) {
        unresolved.current = null;
        const reply = { text: result.data.text, credits: result.data.credits };
        setExchanges((list) => list.map((exchange) => (exchange.id === attempt.requestId ? { ...exchange, model: result.data.model, reply } : exchange)));
        setPrompt("");
        router.refresh();
      } else {
        // A request still running keeps its id: sending again returns its answer once it is ready.
        if (result.code !== "REQUEST_IN_PROGRESS") unresolved.current = null;
        setExchanges(withoutAttempt);
        setError({ code: result.code, message: result.message });
      }
    } catch {
      setExchanges(withoutAttempt);
      setError({
        code: "OFFLINE",
        message: "We couldn't reach Tally. Your message is still here: press Send to try again. It will not be charged twice.",
      });
    } finally {
      inFlight.current = false;
      setPending(false);
    }
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void send();
  }

  function handleKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      event.currentTarget.form?.requestSubmit();
    }
  }

  return (
    <div className="flex flex-col gap-6">
      {exchanges.length === 0 ? (
        <div className="flex flex-col items-center rounded-2xl border border-dashed border-border px-6 py-12 text-center">
          <span className="flex size-11 items-center justify-center rounded-xl bg-accent-subtle text-accent-subtle-foreground">
            <MessageSquare aria-hidden className="size-5" />
          </span>
          <h2 className="mt-4 font-semibold">Ask anything</h2>
          <p className="mt-1 max-w-sm text-sm text-muted-foreground">
            Pick a model below. Faster models cost less; if a model fails to answer, you are not charged.
          </p>
        </div>
      ) : (
        <section aria-label="Conversation">
          <ol className="space-y-6">
            {exchanges.map((exchange) => (
              <ExchangeItem key={exchange.id} exchange={exchange} />
            ))}
          </ol>
        </section>
      )}

      {/* The composer stays in reach while the conversation scrolls underneath it. */}
      <div className="sticky bottom-0 z-10 -mx-2 bg-linear-to-t from-background from-80% to-transparent px-2 pt-4 pb-4">
        <form onSubmit={handleSubmit} className="space-y-3 rounded-2xl border border-border bg-surface p-3 shadow-lg sm:p-4">
          {error && (
            <ErrorAlert>
              <p>{error.message}</p>
              {error.code === "INSUFFICIENT_CREDITS" && (
                <p className="flex flex-wrap gap-x-4 gap-y-1 font-medium">
                  <Link href="/settings/billing" className="underline underline-offset-2">
                    Upgrade your plan
                  </Link>
                  <Link href="/settings/billing" className="underline underline-offset-2">
                    Buy credits
                  </Link>
                </p>
              )}
            </ErrorAlert>
          )}
          <div className="flex flex-col gap-1.5">
            <Label htmlFor="chat-message">Message</Label>
            <Textarea
              id="chat-message"
              name="message"
              rows={3}
              maxLength={8_000}
              placeholder="Ask anything…"
              aria-describedby="chat-keys"
              value={prompt}
              onChange={(event) => setPrompt(event.target.value)}
              onKeyDown={handleKeyDown}
              className="min-h-20"
            />
            <FieldHint id="chat-keys" className="max-sm:hidden">
              Enter to send, Shift + Enter for a new line.
            </FieldHint>
          </div>
          <div className="flex flex-wrap items-end justify-between gap-3">
            <div className="flex min-w-0 flex-col gap-1.5">
              <Label htmlFor="chat-model">Model</Label>
              <Select id="chat-model" name="model" value={model} onChange={(event) => setModel(event.target.value as ChatModelId)} className="w-auto max-w-full">
                {CHAT_MODEL_IDS.map((id) => (
                  <option key={id} value={id}>
                    {`${CHAT_MODELS[id].name} — ${formatCredits(CHAT_MODELS[id].creditsPerMessage)}`}
                  </option>
                ))}
              </Select>
            </div>
            <div className="ml-auto flex items-center gap-3">
              <p id="chat-price" aria-live="polite" className="text-sm text-muted-foreground tabular-nums">
                ≈ {formatCredits(price)}
              </p>
              <Button type="submit" disabled={pending} aria-describedby="chat-price">
                {pending && <Spinner />}
                Send
              </Button>
            </div>
          </div>
        </form>
      </div>
    </div>
  );
}
