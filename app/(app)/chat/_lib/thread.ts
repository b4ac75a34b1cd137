import "server-only";
import { cache } from "react";
import { CHAT_MODEL_IDS, type ChatModelId } from "@/config/pricing";
import { parseStarterPrompts } from "@/lib/agents/queries";
import { getConversation } from "@/lib/chat/queries";
import type { ThreadAgent, ThreadConversation } from "./types";

type Conversation = NonNullable<Awaited<ReturnType<typeof getConversation>>>;

/** Cached per request: the page and its metadata read the same conversation. */
export const loadConversation = cache((userId: string, id: string) => getConversation({ userId, id }));

function chatModel(id: string | null | undefined): ChatModelId | undefined {
  return CHAT_MODEL_IDS.find((model) => model === id);
}

export function toThreadConversation(conversation: Conversation): ThreadConversation {
  const lastAnswer = conversation.messages.findLast((message) => message.role === "ASSISTANT" && message.model);
  return {
    id: conversation.id,
    title: conversation.title,
    totalCredits: conversation.totalCredits,
    model: chatModel(lastAnswer?.model) ?? chatModel(conversation.model) ?? CHAT_MODEL_IDS[0],
    messages: conversation.messages.map(
      ({ id, role, content, model, credits, status, stopped, cutOff, requestId }) => ({
        id,
        role,
        content,
        model,
        credits,
        status,
        stopped,
        cutOff,
        requestId,
      }),
    ),
  };
}

export function toThreadAgent(agent: {
  id: string;
  name: string;
  instructions?: string;
  model: string;
  starterPrompts: string;
}): ThreadAgent {
  return {
    id: agent.id,
    name: agent.name,
    instructions: agent.instructions ?? "",
    model: chatModel(agent.model) ?? CHAT_MODEL_IDS[0],
    starterPrompts: parseStarterPrompts(agent.starterPrompts),
  };
}
