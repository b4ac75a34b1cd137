import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getAgent } from "@/lib/agents/queries";
import { ChatThread } from "./_components/chat-thread";
import { toThreadAgent } from "./_lib/thread";

export const metadata: Metadata = { title: "Chat" };

/** A new chat; `?agent={id}` starts one with that agent. */
export default async function NewChatPage({ searchParams }: { searchParams: Promise<{ agent?: string }> }) {
  const { agent: agentId } = await searchParams;
  const user = await requireUser();
  const agent = agentId ? await getAgent({ userId: user.id, id: agentId }) : null;
  if (agentId && !agent) notFound();
  // A new key per agent: switching from one agent's new chat to another starts clean.
  return <ChatThread key={agent?.id ?? "chat"} conversation={null} agent={agent && toThreadAgent(agent)} />;
}
