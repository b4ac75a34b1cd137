"use client";

import { Plus, X } from "lucide-react";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import type { ChatModelId } from "@/config/pricing";
import { FormError } from "@/components/forms/form-error";
import { useActionFlow } from "@/components/forms/use-action-flow";
import { Button, buttonClasses } from "@/components/ui/button";
import { WithTooltip } from "@/components/ui/tooltip";
import { Card } from "@/components/ui/card";
import { FieldError, FieldHint, Input, Label, Textarea, TextField } from "@/components/ui/field";
import { Spinner } from "@/components/ui/spinner";
import { CHAT_MODEL_OPTIONS } from "@/components/workspace/model-options";
import { ModelSelect } from "@/components/workspace/model-select";
import { saveAgent } from "@/lib/agents/actions/save-agent";

const MAX_STARTERS = 4;

export interface AgentFormValues {
  id?: string;
  name: string;
  instructions: string;
  model: ChatModelId;
  starterPrompts: string[];
}

/** Create or edit an agent: its name, how it behaves, the model it always uses, and up to 4 starters. */
export function AgentForm({ agent }: { agent?: AgentFormValues }) {
  const [name, setName] = useState(agent?.name ?? "");
  const [instructions, setInstructions] = useState(agent?.instructions ?? "");
  const [model, setModel] = useState<ChatModelId>(agent?.model ?? "nimbus");
  const [starters, setStarters] = useState<string[]>(agent?.starterPrompts.length ? agent.starterPrompts : [""]);
  const { run, busy, running, failure, fieldError } = useActionFlow();
  const instructionsError = fieldError("instructions");
  const startersError = fieldError("starterPrompts");
  const modelError = fieldError("model");

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const starterPrompts = starters.map((prompt) => prompt.trim()).filter(Boolean);
    run(
      "save",
      () => saveAgent({ agentId: agent?.id, name, instructions, model, starterPrompts }),
      () => ({ redirectUrl: "/agents" }),
    );
  }

  return (
    <Card className="p-4 sm:p-6">
      <form onSubmit={handleSubmit} className="space-y-6">
        <TextField
          id="agent-name"
          label="Name"
          required
          maxLength={60}
          placeholder="Recipe coach"
          value={name}
          error={fieldError("name")}
          onChange={(event) => setName(event.target.value)}
        />
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="agent-instructions">Instructions</Label>
          <Textarea
            id="agent-instructions"
            required
            rows={6}
            maxLength={4_000}
            aria-invalid={instructionsError ? true : undefined}
            aria-describedby={
              instructionsError ? "agent-instructions-error agent-instructions-hint" : "agent-instructions-hint"
            }
            className="aria-invalid:border-danger"
            placeholder="You help people cook with what they already have. Ask about allergies first, keep recipes under 30 minutes."
            value={instructions}
            onChange={(event) => setInstructions(event.target.value)}
          />
          {instructionsError && <FieldError id="agent-instructions-error">{instructionsError}</FieldError>}
          <FieldHint id="agent-instructions-hint">
            The agent follows these in every conversation. Up to 4,000 characters.
          </FieldHint>
        </div>
        <div className="space-y-1.5">
          <ModelSelect id="agent-model" models={CHAT_MODEL_OPTIONS} value={model} onChange={setModel} />
          {modelError && <FieldError id="agent-model-error">{modelError}</FieldError>}
          <FieldHint>Every message to this agent uses this model and costs its price.</FieldHint>
        </div>
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">Starter prompts</legend>
          <FieldHint>
            Shown as one-click suggestions when someone starts a chat with this agent. Optional, up to {MAX_STARTERS}.
          </FieldHint>
          <ul className="space-y-2 pt-1">
            {starters.map((prompt, index) => (
              <li key={index} className="flex items-center gap-2">
                <Input
                  aria-label={`Starter prompt ${index + 1}`}
                  maxLength={200}
                  placeholder={index === 0 ? "What can I make with eggs and spinach?" : undefined}
                  value={prompt}
                  onChange={(event) =>
                    setStarters((list) => list.map((item, i) => (i === index ? event.target.value : item)))
                  }
                />
                <WithTooltip label="Remove">
                  <Button
                    variant="ghost"
                    size="icon"
                    aria-label={`Remove starter prompt ${index + 1}`}
                    onClick={() =>
                      setStarters((list) => (list.length === 1 ? [""] : list.filter((_, i) => i !== index)))
                    }
                  >
                    <X aria-hidden />
                  </Button>
                </WithTooltip>
              </li>
            ))}
          </ul>
          {startersError && <FieldError id="agent-starters-error">{startersError}</FieldError>}
          <Button
            variant="secondary"
            size="sm"
            disabled={starters.length >= MAX_STARTERS}
            onClick={() => setStarters((list) => [...list, ""])}
          >
            <Plus aria-hidden />
            Add a starter prompt
          </Button>
        </fieldset>
        <FormError failure={failure} />
        <div className="flex flex-wrap justify-end gap-3 border-t border-border pt-5">
          <Link href="/agents" className={buttonClasses({ variant: "secondary" })}>
            Cancel
          </Link>
          <Button type="submit" disabled={busy}>
            {running === "save" && <Spinner />}
            {agent ? "Save changes" : "Create agent"}
          </Button>
        </div>
      </form>
    </Card>
  );
}
