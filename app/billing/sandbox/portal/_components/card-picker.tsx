"use client";

import { Badge } from "@/components/ui/badge";
import { useState } from "react";
import { FormError } from "@/components/forms/form-error";
import { useActionFlow } from "@/components/forms/use-action-flow";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { useHydrated } from "@/components/use-hydrated";
import { setSandboxCard } from "@/lib/billing/actions/sandbox-payments";
import type { TestCard } from "@/lib/billing/sandbox/emulator";

/** Stripe's test cards, by what they do to an off-session charge (a renewal, a retry). */
const CARDS: { id: TestCard; label: string; behaviour: string }[] = [
  { id: "pm_card_visa", label: "Visa •••• 4242", behaviour: "Pays" },
  { id: "pm_card_chargeCustomerFail", label: "Visa •••• 0341", behaviour: "Declines" },
  { id: "pm_card_authenticationRequired", label: "Visa •••• 3184", behaviour: "Asks for 3-D Secure" },
];

export function CardPicker({ card }: { card: TestCard }) {
  const [chosen, setChosen] = useState(card);
  // A choice made before React hydrates would be reset by it: the cards wait until then.
  const hydrated = useHydrated();
  const { run, busy, running, failure } = useActionFlow();
  return (
    <form
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        run(
          "save",
          () => setSandboxCard({ card: chosen }),
          (saved) => ({ message: `Saved: ${saved.card} is your card now.` }),
        );
      }}
    >
      <fieldset className="space-y-2">
        <legend className="sr-only">Card</legend>
        {CARDS.map((option) => (
          <label
            key={option.id}
            className="flex cursor-pointer items-center justify-between gap-3 rounded-xl border border-border px-4 py-3 text-sm transition-colors hover:bg-subtle has-checked:border-accent has-checked:bg-accent-subtle/40"
          >
            <span className="flex items-center gap-3">
              <input
                type="radio"
                name="card"
                value={option.id}
                checked={chosen === option.id}
                onChange={() => setChosen(option.id)}
                disabled={!hydrated}
                className="size-4 accent-accent"
              />
              <span className="font-medium whitespace-nowrap">{option.label}</span>
            </span>
            <span className="text-right text-muted-foreground">
              {option.behaviour}
              {option.id === card && (
                <Badge tone="muted" className="ml-2">
                  Saved
                </Badge>
              )}
            </span>
          </label>
        ))}
      </fieldset>
      <Button type="submit" disabled={busy || chosen === card}>
        {running === "save" && <Spinner />}
        Save card
      </Button>
      <FormError failure={failure} />
    </form>
  );
}
