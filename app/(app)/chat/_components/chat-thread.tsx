"use client";

import { Bot, MessageSquare } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { CHAT_MODEL_IDS, CHAT_MODELS, type ChatModelId } from "@/config/pricing";
import { formatCredits } from "@/components/format";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/workspace/empty-state";
import { CHAT_MODEL_OPTIONS } from "@/components/workspace/model-options";
import { ModelSelect } from "@/components/workspace/model-select";
import type { ThreadAgent, ThreadConversation } from "../_lib/types";
import { belongsTo, useChatSession } from "./chat-session";
import { Composer } from "./composer";
import { Answer, UserMessage } from "./messages";

interface ChatThreadProps {
  /** Null on a new chat, until its first answer starts. */
  conversation: ThreadConversation | null;
  /** The agent this chat talks to, if any: its model and price always apply. */
  agent: ThreadAgent | null;
}

export function ChatThread({ conversation, agent }: ChatThreadProps) {
  const session = useChatSession();
  const [draftKey] = useState(() => crypto.randomUUID());
  const [pickedModel, setPickedModel] = useState<ChatModelId>(
    (conversation && session.pickedModels[conversation.id]) ?? conversation?.model ?? CHAT_MODEL_IDS[0],
  );
  const model = agent?.model ?? pickedModel;
  const price = CHAT_MODELS[model].creditsPerMessage;

  const thread = { viewKey: conversation?.id ?? draftKey, conversationId: conversation?.id ?? null };
  const saved = conversation?.messages ?? [];
  const candidate = session.live && belongsTo(session.live, thread) ? session.live : null;
  // Once the saved conversation contains the streamed answer, the saved copy is shown instead.
  const live =
    candidate && !saved.some((message) => message.role === "ASSISTANT" && message.requestId === candidate.requestId)
      ? candidate
      : null;
  const conversationId = conversation?.id ?? live?.conversationId;

  function pick(next: ChatModelId) {
    setPickedModel(next);
    // A new chat is about to reopen as /chat/{id}: that page starts on this pick, not the last answer's model.
    if (conversationId) session.pickModel(conversationId, next);
  }
  const shown = live ? saved.slice(0, live.baseCount) : saved;
  const error = session.error && belongsTo(session.error, thread) ? session.error : null;
  const streamingHere = session.pending && live !== null;
  const total = (conversation?.totalCredits ?? 0) + (live?.charged ? live.credits : 0);
  const lastUserPrompt = saved.findLast((message) => message.role === "USER")?.content;
  const lastSaved = saved.at(-1);

  useScrollToLatest(live?.text.length ?? 0, shown.length);

  function send(prompt: string, regenerate = false) {
    return session.send({
      // A new chat whose first answer has started continues that conversation, even before it has moved to its address.
      viewKey: thread.viewKey,
      conversationId: conversationId ?? null,
      prompt,
      model: agent ? undefined : pickedModel,
      agentId: conversationId ? undefined : agent?.id,
      regenerate,
      // A finished answer not yet in `saved` will be: the next exchange comes after it.
      baseCount: saved.length + (live ? (live.regenerate ? 1 : 2) : 0),
      credits: price,
    });
  }

  const empty = shown.length === 0 && !live;
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-1 flex-col gap-6">
      {/* Pinned under the app header: the running total stays in sight while the thread scrolls. */}
      <header className="sticky top-16 z-10 -mx-2 -mt-2 flex items-start justify-between gap-4 bg-background/90 px-2 py-2 backdrop-blur">
        <div className="min-w-0 space-y-1">
          <h1 className="truncate text-xl font-semibold tracking-tight sm:text-2xl">
            {conversation?.title ?? (agent ? agent.name : "New chat")}
          </h1>
          {agent && (
            <p className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
              <Badge className="gap-1">
                <Bot aria-hidden className="size-3.5" />
                Agent{conversation ? `: ${agent.name}` : ""}
              </Badge>
              {CHAT_MODELS[agent.model].name} · {formatCredits(price)} per message
            </p>
          )}
        </div>
        {(conversation || live) && (
          <p
            data-testid="conversation-total"
            className="mt-0.5 shrink-0 rounded-full border border-border bg-surface px-3 py-1 text-sm font-medium whitespace-nowrap tabular-nums shadow-sm"
          >
            Total: {formatCredits(total)}
          </p>
        )}
      </header>

      {empty ? (
        <EmptyThread agent={agent} price={price} disabled={session.pending} onPick={(prompt) => void send(prompt)} />
      ) : (
        <section aria-labelledby="thread-heading" className="flex-1">
          <h2 id="thread-heading" className="sr-only">
            Conversation
          </h2>
          <ol className="space-y-6">
            {shown.map((message) =>
              message.role === "USER" ? (
                <UserMessage key={message.id} text={message.content} />
              ) : (
                <Answer
                  key={message.id}
                  model={message.model ?? model}
                  text={message.content}
                  state={
                    message.status === "FAILED"
                      ? "failed"
                      : message.stopped
                        ? "stopped"
                        : message.cutOff
                          ? "cutOff"
                          : "done"
                  }
                  credits={message.credits}
                  charged={message.credits > 0}
                  onRegenerate={
                    !live && message === lastSaved && lastUserPrompt ? () => void send(lastUserPrompt, true) : undefined
                  }
                  regenerateDisabled={session.pending}
                />
              ),
            )}
            {live && !live.regenerate && <UserMessage text={live.prompt} />}
            {live && (
              <Answer
                model={live.model || model}
                text={live.failure ?? live.text}
                state={live.phase}
                credits={live.credits}
                charged={live.charged}
              />
            )}
          </ol>
        </section>
      )}

      <Composer
        price={price}
        pending={session.pending}
        onStop={streamingHere ? session.stop : undefined}
        error={error}
        onSend={(prompt) => send(prompt)}
        initialPrompt={conversation ? session.draftOf(conversation.id) : ""}
        onPromptChange={(prompt) => {
          if (conversationId) session.keepDraft(conversationId, prompt);
        }}
        model={
          agent ? (
            <p className="text-sm text-muted-foreground">
              <span className="font-medium text-foreground">{CHAT_MODELS[agent.model].name}</span>, chosen by{" "}
              {agent.name}
            </p>
          ) : (
            <ModelSelect
              id="chat-model"
              models={CHAT_MODEL_OPTIONS}
              value={pickedModel}
              onChange={pick}
              labelClassName="max-sm:sr-only"
            />
          )
        }
      />
    </div>
  );
}

function EmptyThread({
  agent,
  price,
  disabled,
  onPick,
}: {
  agent: ThreadAgent | null;
  price: number;
  disabled: boolean;
  onPick: (prompt: string) => void;
}) {
  return (
    <EmptyState
      icon={agent ? Bot : MessageSquare}
      title={agent ? `Talk to ${agent.name}` : "Ask anything"}
      description={
        agent
          ? agent.instructions || `Each message costs ${formatCredits(price)}.`
          : "Pick a model below. Faster models cost less; if a model fails to answer, you are not charged."
      }
      className="flex-1 justify-center py-12"
    >
      {agent && agent.starterPrompts.length > 0 && (
        <div className="mt-6 w-full max-w-xl">
          <h3 className="text-xs font-medium tracking-wide text-muted-foreground uppercase">Try one of these</h3>
          <ul className="mt-3 grid gap-2 sm:grid-cols-2">
            {agent.starterPrompts.map((prompt) => (
              <li key={prompt}>
                <button
                  type="button"
                  disabled={disabled}
                  onClick={() => onPick(prompt)}
                  className="h-full w-full rounded-xl border border-border bg-surface px-4 py-3 text-left text-sm shadow-sm transition-colors hover:border-accent hover:bg-accent-subtle disabled:opacity-60"
                >
                  {prompt}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </EmptyState>
  );
}

/** Keeps the newest words in view while they stream, unless the person scrolled up to read. */
function useScrollToLatest(textLength: number, messageCount: number) {
  const nearBottom = useRef(true);
  useEffect(() => {
    const track = () => {
      nearBottom.current = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 160;
    };
    window.addEventListener("scroll", track, { passive: true });
    return () => window.removeEventListener("scroll", track);
  }, []);
  useEffect(() => {
    if (nearBottom.current) window.scrollTo({ top: document.documentElement.scrollHeight });
  }, [textLength, messageCount]);
}
