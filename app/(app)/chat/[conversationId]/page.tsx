import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { ChatThread } from "../_components/chat-thread";
import { loadConversation, toThreadAgent, toThreadConversation } from "../_lib/thread";

type Props = { params: Promise<{ conversationId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requireUser();
  const conversation = await loadConversation(user.id, (await params).conversationId);
  return { title: conversation?.title ?? "Chat" };
}

export default async function ConversationPage({ params }: Props) {
  const user = await requireUser();
  const conversation = await loadConversation(user.id, (await params).conversationId);
  if (!conversation) notFound();
  return (
    <ChatThread
      key={conversation.id}
      conversation={toThreadConversation(conversation)}
      agent={conversation.agent && toThreadAgent(conversation.agent)}
    />
  );
}
