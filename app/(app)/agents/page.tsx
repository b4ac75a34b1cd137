import { Bot, Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/workspace/empty-state";
import { requireUser } from "@/lib/auth/session";
import { listAgents } from "@/lib/agents/queries";
import { toThreadAgent } from "../chat/_lib/thread";
import { AgentCard } from "./_components/agent-card";

export const metadata: Metadata = { title: "Agents" };

export default async function AgentsPage() {
  const user = await requireUser();
  const agents = (await listAgents({ userId: user.id })).map(toThreadAgent);
  return (
    <div className="mx-auto flex max-w-5xl flex-col gap-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <PageHeader
          title="Agents"
          description="An agent is a chat with standing instructions and a fixed model. Every message costs that model's chat price."
        />
        <Link href="/agents/new" className={buttonClasses()}>
          <Plus aria-hidden />
          New agent
        </Link>
      </div>
      {agents.length === 0 ? (
        <EmptyState
          icon={Bot}
          title="No agents yet"
          description="Write instructions once — a recipe coach, a code reviewer, a tutor — and start a chat with it whenever you need it."
          className="py-14"
        >
          <Link href="/agents/new" className={buttonClasses({ className: "mt-5" })}>
            <Plus aria-hidden />
            Create your first agent
          </Link>
        </EmptyState>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          {agents.map((agent) => (
            <li key={agent.id}>
              <AgentCard agent={agent} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
