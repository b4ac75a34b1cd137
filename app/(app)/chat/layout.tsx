import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/session";
import { listAgents } from "@/lib/agents/queries";
import { listConversations } from "@/lib/chat/queries";
import { ChatSessionProvider } from "./_components/chat-session";
import { ConversationList } from "./_components/conversation-list";

export default async function ChatLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const [conversations, agents] = await Promise.all([
    listConversations({ userId: user.id }),
    listAgents({ userId: user.id }),
  ]);
  const agentNames = new Map(agents.map((agent) => [agent.id, agent.name]));
  return (
    <ChatSessionProvider>
      {/* At least one screen tall (below the header and padding), so the composer rests at the bottom. */}
      <div className="flex min-h-[calc(100dvh-7rem)] flex-col gap-4 lg:grid lg:min-h-[calc(100dvh-8rem)] lg:grid-cols-[15rem_minmax(0,1fr)] lg:items-start lg:gap-8">
        <ConversationList
          conversations={conversations.map(({ id, title, agentId }) => ({
            id,
            title,
            agentName: agentId ? (agentNames.get(agentId) ?? null) : null,
          }))}
        />
        <div className="flex min-w-0 flex-1 flex-col self-stretch">{children}</div>
      </div>
    </ChatSessionProvider>
  );
}
