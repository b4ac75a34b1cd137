"use client";

import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { ActionError } from "@/components/workspace/action-error";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ErrorNotice } from "@/components/workspace/error-notice";
import { deleteAgent } from "@/lib/agents/actions/delete-agent";

/** Deletes an agent after a confirmation; its past conversations stay as plain chats. */
export function DeleteAgentButton({
  agentId,
  name,
  redirectTo,
}: {
  agentId: string;
  name: string;
  redirectTo?: string;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<ActionError | null>(null);
  const [pending, startTransition] = useTransition();

  function confirm() {
    startTransition(async () => {
      const result = await deleteAgent({ agentId });
      if (!result.ok) {
        setError(result);
        return;
      }
      setOpen(false);
      if (redirectTo) router.push(redirectTo);
      else router.refresh();
    });
  }

  return (
    <>
      <Button variant="ghost" size="sm" className="text-danger hover:bg-danger-subtle" onClick={() => setOpen(true)}>
        <Trash2 aria-hidden />
        Delete<span className="sr-only"> {name}</span>
      </Button>
      <ConfirmDialog
        open={open}
        title={`Delete ${name}?`}
        description="The agent is deleted. Conversations you had with it stay, as plain chats with the same model."
        confirmLabel="Delete agent"
        pending={pending}
        error={error && <ErrorNotice error={error} />}
        onConfirm={confirm}
        onClose={() => {
          setOpen(false);
          setError(null);
        }}
      />
    </>
  );
}
