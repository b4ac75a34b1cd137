import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { requireUser } from "@/lib/auth/session";
import { AgentForm } from "../_components/agent-form";

export const metadata: Metadata = { title: "New agent" };

export default async function NewAgentPage() {
  await requireUser();
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <PageHeader
        title="New agent"
        description="Give it a name, tell it how to behave, and choose the model it always uses."
      />
      <AgentForm />
    </div>
  );
}
