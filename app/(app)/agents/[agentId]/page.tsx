import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { requireUser } from "@/lib/auth/session";
import { getAgent } from "@/lib/agents/queries";
import { toThreadAgent } from "../../chat/_lib/thread";
import { AgentForm } from "../_components/agent-form";
import { DeleteAgentButton } from "../_components/delete-agent-button";

export const metadata: Metadata = { title: "Edit agent" };

export default async function EditAgentPage({ params }: { params: Promise<{ agentId: string }> }) {
  const user = await requireUser();
  const agent = await getAgent({ userId: user.id, id: (await params).agentId });
  if (!agent) notFound();
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <PageHeader title={`Edit ${agent.name}`} />
        <DeleteAgentButton agentId={agent.id} name={agent.name} redirectTo="/agents" />
      </div>
      <AgentForm agent={toThreadAgent(agent)} />
    </div>
  );
}
