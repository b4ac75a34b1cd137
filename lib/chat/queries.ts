import "server-only";
import { db } from "@/lib/db";

export function listConversations({ userId }: { userId: string }) {
  return db().conversation.findMany({
    where: { userId },
    orderBy: { updatedAt: "desc" },
    select: { id: true, title: true, model: true, agentId: true, updatedAt: true },
    take: 200,
  });
}

/** A conversation with its messages, only if it belongs to the user (else null). */
export async function getConversation({ userId, id }: { userId: string; id: string }) {
  const conversation = await db().conversation.findFirst({
    where: { id, userId },
    include: {
      messages: { orderBy: { createdAt: "asc" } },
      agent: { select: { id: true, name: true, model: true, starterPrompts: true } },
    },
  });
  if (!conversation) return null;
  const totalCredits = conversation.messages.reduce((sum, message) => sum + message.credits, 0);
  return { ...conversation, totalCredits };
}
