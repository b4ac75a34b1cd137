"use client";

import { useRouter } from "next/navigation";
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from "react";
import type { ChatModelId } from "@/config/pricing";
import { OFFLINE_ERROR, type ActionError } from "@/components/workspace/action-error";
import { refreshAfterStop, useNdjsonStream } from "@/components/workspace/ndjson";
import { useRequestId } from "@/components/workspace/request-id";
import type { ChatReply } from "@/lib/chat/respond";
import type { ErrorCode } from "@/lib/errors";

type ChatEvent =
  | { type: "start"; conversationId: string; model: string; credits: number }
  | { type: "token"; text: string }
  | { type: "done"; reply: ChatReply }
  | { type: "error"; code: ErrorCode; message: string; details?: Record<string, unknown> };

/** Which thread something belongs to: a saved conversation, or one "new chat" screen before it has an id. */
interface ThreadRef {
  viewKey: string;
  conversationId: string | null;
}

/** The answer being streamed, or just finished and not yet part of the saved conversation. */
export interface LiveAnswer extends ThreadRef {
  requestId: string;
  prompt: string;
  regenerate: boolean;
  /** How many saved messages come before this exchange in the thread. */
  baseCount: number;
  model: string;
  text: string;
  credits: number;
  phase: "waiting" | "streaming" | "done" | "stopped" | "cutOff" | "failed" | "interrupted";
  charged: boolean;
  failure?: string;
}

export interface SendInput extends ThreadRef {
  prompt: string;
  model?: ChatModelId;
  agentId?: string;
  regenerate?: boolean;
  baseCount: number;
  /** The price shown before sending, until the server confirms it. */
  credits: number;
}

/** "sent": the thread shows the outcome; "restore": nothing was sent, give the text back; "busy": ignored. */
export type SendOutcome = "sent" | "restore" | "busy";

interface ChatSession {
  live: LiveAnswer | null;
  error: (ActionError & ThreadRef) | null;
  pending: boolean;
  send: (input: SendInput) => Promise<SendOutcome>;
  stop: () => void;
  /** Models picked per conversation, kept while a new chat moves to its own address (a new page). */
  pickedModels: Readonly<Record<string, ChatModelId>>;
  pickModel: (conversationId: string, model: ChatModelId) => void;
  /** What the person is typing in a conversation, kept the same way (without a render per keystroke). */
  draftOf: (conversationId: string) => string;
  keepDraft: (conversationId: string, text: string) => void;
}

const ChatSessionContext = createContext<ChatSession | null>(null);

export function belongsTo(item: ThreadRef, thread: ThreadRef) {
  return (
    item.viewKey === thread.viewKey || (item.conversationId !== null && item.conversationId === thread.conversationId)
  );
}

/**
 * Owns the streamed answer above the chat pages, so that moving a new chat to its own URL
 * (/chat → /chat/{id}, a different page) keeps the text that is still arriving.
 */
export function ChatSessionProvider({ children }: { children: ReactNode }) {
  const router = useRouter();
  const { pending, run, stop, busy } = useNdjsonStream<ChatEvent>();
  const requestIds = useRequestId();
  const [live, setLive] = useState<LiveAnswer | null>(null);
  const [error, setError] = useState<ChatSession["error"]>(null);
  const [pickedModels, setPickedModels] = useState<ChatSession["pickedModels"]>({});
  const pickModel = useCallback(
    (conversationId: string, model: ChatModelId) =>
      setPickedModels((current) => ({ ...current, [conversationId]: model })),
    [],
  );
  const drafts = useRef(new Map<string, string>());
  const draftOf = useCallback((conversationId: string) => drafts.current.get(conversationId) ?? "", []);
  const keepDraft = useCallback((conversationId: string, text: string) => {
    drafts.current.set(conversationId, text);
  }, []);

  const send = useCallback(
    async (input: SendInput): Promise<SendOutcome> => {
      if (busy()) return "busy";
      const { viewKey, prompt, model, agentId, regenerate = false } = input;
      let conversationId = input.conversationId;
      const requestId = requestIds.begin(JSON.stringify([conversationId, agentId, model, prompt, regenerate]));
      const update = (patch: (current: LiveAnswer) => Partial<LiveAnswer>) =>
        setLive((current) => (current?.requestId === requestId ? { ...current, ...patch(current) } : current));
      const showIn = (id: string) => {
        // A new chat moves to its own address as soon as it has one; the answer keeps streaming.
        if (!conversationId) router.replace(`/chat/${id}`, { scroll: false });
        conversationId = id;
      };

      setError(null);
      setLive({
        requestId,
        viewKey,
        conversationId,
        prompt,
        regenerate,
        baseCount: input.baseCount,
        model: model ?? "",
        text: "",
        credits: input.credits,
        phase: "waiting",
        charged: false,
      });

      // Written by the event handler below; an object so the checks after the stream see its writes.
      const outcome: { started: boolean; reply: ChatReply | null; failure: ActionError | null } = {
        started: false,
        reply: null,
        failure: null,
      };
      const end = await run(
        "/api/chat",
        {
          requestId,
          prompt,
          model,
          conversationId: conversationId ?? undefined,
          agentId,
          regenerate: regenerate || undefined,
        },
        (event) => {
          if (event.type === "start") {
            outcome.started = true;
            update(() => ({ conversationId: event.conversationId, model: event.model, credits: event.credits }));
            showIn(event.conversationId);
          } else if (event.type === "token") {
            update((current) => ({ text: current.text + event.text, phase: "streaming" }));
          } else if (event.type === "done") {
            const done = event.reply;
            outcome.reply = done;
            update(() => ({
              conversationId: done.conversationId,
              model: done.model,
              text: done.text,
              credits: done.credits,
              phase: done.stopped ? "stopped" : done.cutOff ? "cutOff" : "done",
              charged: true,
            }));
            showIn(done.conversationId);
          } else {
            outcome.failure = {
              code: event.code,
              message: event.message,
              ...(event.details ? { details: event.details } : {}),
            };
          }
        },
      );
      if (end.status === "busy") return "busy";

      const { started, reply } = outcome;
      if (end.status === "stopped") {
        requestIds.finish();
        // Stopped after words arrived: the partial answer is kept and charged. Before: nothing is.
        if (started) update((current) => ({ phase: "stopped", charged: current.text.length > 0 }));
        else setLive(null);
        refreshAfterStop(router);
        return started ? "sent" : "restore";
      }

      // No outcome in the stream means it was cut short: unknown, like a dropped connection.
      const failure = reply ? null : end.status === "failed" ? end.error : (outcome.failure ?? OFFLINE_ERROR);
      requestIds.finish(failure);
      if (!failure) {
        router.refresh();
        return "sent";
      }
      if (started) {
        // The server saved the exchange: a failed answer (refunded), or one still finishing after the connection dropped.
        update(() =>
          failure.code === "OFFLINE" ? { phase: "interrupted" } : { phase: "failed", failure: failure.message },
        );
        router.refresh();
        return "sent";
      }
      setLive(null);
      setError({ ...failure, viewKey, conversationId });
      return "restore";
    },
    [busy, requestIds, router, run],
  );

  const value = useMemo(
    () => ({ live, error, pending, send, stop, pickedModels, pickModel, draftOf, keepDraft }),
    [live, error, pending, send, stop, pickedModels, pickModel, draftOf, keepDraft],
  );
  return <ChatSessionContext value={value}>{children}</ChatSessionContext>;
}

export function useChatSession() {
  const session = useContext(ChatSessionContext);
  if (!session) throw new Error("useChatSession must be used inside ChatSessionProvider");
  return session;
}
