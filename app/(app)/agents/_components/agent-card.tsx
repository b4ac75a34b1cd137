import { Bot, MessageSquare, Pencil } from "lucide-react";
import Link from "next/link";
import { CHAT_MODELS, type ChatModelId } from "@/config/pricing";
import { formatCredits } from "@/components/format";
import { buttonClasses } from "@/components/ui/button";
import { DeleteAgentButton } from "./delete-agent-button";

export function AgentCard({
  agent,
}: {
  agent: { id: string; name: string; instructions: string; model: ChatModelId; starterPrompts: string[] };
}) {
  const model = CHAT_MODELS[agent.model];
  const headingId = `agent-${agent.id}`;
  return (
    <article
      aria-labelledby={headingId}
      className="flex h-full flex-col rounded-2xl border border-border bg-surface p-4 shadow-sm sm:p-5"
    >
      <div className="flex items-start gap-3">
        <span className="flex size-10 shrink-0 items-center justify-center rounded-xl bg-accent-subtle text-accent-subtle-foreground">
          <Bot aria-hidden className="size-5" />
        </span>
        <div className="min-w-0">
          <h2 id={headingId} className="truncate font-semibold">
            {agent.name}
          </h2>
          <p className="text-xs text-muted-foreground tabular-nums">
            {model.name} · {formatCredits(model.creditsPerMessage)} per message
          </p>
        </div>
      </div>
      <p className="mt-3 line-clamp-3 text-sm text-muted-foreground">{agent.instructions}</p>
      {agent.starterPrompts.length > 0 && (
        <p className="mt-2 text-xs text-muted-foreground">
          {agent.starterPrompts.length === 1 ? "1 starter prompt" : `${agent.starterPrompts.length} starter prompts`}
        </p>
      )}
      <div className="mt-auto flex flex-wrap items-center gap-2 pt-4">
        <Link href={`/chat?agent=${agent.id}`} className={buttonClasses({ size: "sm" })}>
          <MessageSquare aria-hidden />
          Chat<span className="sr-only"> with {agent.name}</span>
        </Link>
        <Link href={`/agents/${agent.id}`} className={buttonClasses({ variant: "secondary", size: "sm" })}>
          <Pencil aria-hidden />
          Edit<span className="sr-only"> {agent.name}</span>
        </Link>
        <div className="ml-auto">
          <DeleteAgentButton agentId={agent.id} name={agent.name} />
        </div>
      </div>
    </article>
  );
}
