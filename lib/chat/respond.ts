import "server-only";
import { randomUUID } from "node:crypto";
import { CHAT_MODELS, type ChatModelId } from "@/config/pricing";
import { getAgent } from "@/lib/agents/queries";
import { generateText, ProviderError } from "@/lib/ai";
import { notCharged, quote, rolloverIfDue } from "@/lib/credits";
import { chargeForRequest } from "@/lib/requests/charge";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { historyWithin } from "./history";

export interface RespondInput {
  userId: string;
  requestId: string;
  prompt: string;
  model?: ChatModelId;
  conversationId?: string;
  agentId?: string;
  /** Answer the conversation's last message again instead of adding a new one. */
  regenerate?: boolean;
  /** Aborts when the person presses Stop (or the connection closes). */
  signal?: AbortSignal;
  onToken?: (token: string) => void;
  onStart?: (info: { conversationId: string; model: string; credits: number }) => void;
}

export interface ChatReply {
  conversationId: string;
  messageId: string;
  text: string;
  model: string;
  credits: number;
  /** True when the person stopped the answer after it began (still charged: the model ran). */
  stopped: boolean;
  /** True when the provider ended it part-way (lib/ai TextAnswer.cutOff): partial, charged. */
  cutOff: boolean;
}

/** The newest messages are sent along as history, at most this many (and lib/chat/history.ts's byte cap). */
const HISTORY_MESSAGES = 20;

/**
 * Answers one chat or agent message: priced per message by model (an agent's model for agent chats),
 * charged through the ledger, with the user's message and the answer saved in the conversation.
 * The same function serves the streaming route and the plain server action.
 */
export async function respond(input: RespondInput): Promise<ChatReply> {
  const { userId, requestId, prompt, signal, onToken, onStart } = input;
  await rolloverIfDue({ userId });

  const existing = input.conversationId
    ? await db().conversation.findFirst({ where: { id: input.conversationId, userId } })
    : null;
  if (input.conversationId && !existing) throw new AppError("NOT_FOUND", "That conversation does not exist.");
  const agentId = existing?.agentId ?? input.agentId;
  const agent = agentId ? await getAgent({ userId, id: agentId }) : null;
  if (agentId && !agent) throw new AppError("NOT_FOUND", "That agent does not exist.");

  const model = (agent?.model ?? input.model ?? existing?.model ?? "swift") as ChatModelId;
  if (!(model in CHAT_MODELS)) throw new AppError("INVALID_INPUT", "Unknown model");
  const price = quote({ kind: agent ? "AGENT" : "CHAT", model });
  const conversationId = existing?.id ?? randomUUID();

  const history = existing
    ? (
        await db().message.findMany({
          where: { conversationId, status: "SUCCEEDED" },
          orderBy: { createdAt: "desc" },
          take: HISTORY_MESSAGES,
        })
      ).reverse()
    : [];
  let streamed = "";

  return chargeForRequest<ChatReply>({
    userId,
    requestId,
    quote: price,
    conversationId,
    call: async () => {
      // Only after the credits are held: the conversation and the person's message are saved.
      if (!existing) {
        await db().conversation.create({
          data: {
            id: conversationId,
            userId,
            agentId: agent?.id,
            model,
            title: prompt.trim().replace(/\s+/g, " ").slice(0, 60),
          },
        });
      }
      if (!input.regenerate) await db().message.create({ data: { conversationId, role: "USER", content: prompt } });
      onStart?.({ conversationId, model, credits: price.credits });
      const { text, cutOff } = await generateText({
        model,
        system: agent?.instructions,
        prompt,
        history: historyWithin(
          history.map((message) => ({
            role: message.role === "USER" ? ("user" as const) : ("assistant" as const),
            content: message.content,
          })),
        ),
        signal,
        context: { requestId, userId },
        onToken: (token) => {
          streamed += token;
          onToken?.(token);
        },
      });
      return { conversationId, messageId: randomUUID(), text, model, credits: price.credits, stopped: false, cutOff };
    },
    // Stopping after the answer began is charged (the model ran); stopping before the first word is not.
    chargeDespiteError: (error) =>
      signal?.aborted && streamed && error instanceof ProviderError
        ? {
            conversationId,
            messageId: randomUUID(),
            text: streamed,
            model,
            credits: price.credits,
            stopped: true,
            cutOff: false,
          }
        : undefined,
    onSettled: async (tx, reply) => {
      await tx.message.create({
        data: {
          id: reply.messageId,
          conversationId,
          role: "ASSISTANT",
          content: reply.text,
          model,
          requestId,
          credits: price.credits,
          stopped: reply.stopped,
          cutOff: reply.cutOff,
        },
      });
      // The conversation remembers the last model used, so the picker reopens on it.
      await tx.conversation.update({ where: { id: conversationId }, data: { updatedAt: new Date(), model } });
    },
    onReleased: async (tx, reason) => {
      // The conversation exists only if the call got as far as saving it.
      if (!(await tx.conversation.findUnique({ where: { id: conversationId }, select: { id: true } }))) return;
      await tx.message.create({
        data: {
          conversationId,
          role: "ASSISTANT",
          content: notCharged(reason),
          model,
          requestId,
          credits: 0,
          status: "FAILED",
        },
      });
    },
  });
}
