"use client";

import { useState, type FormEvent } from "react";
import { ActionFlash } from "@/components/forms/action-flash";
import { useActionFlow } from "@/components/forms/use-action-flow";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Spinner } from "@/components/ui/spinner";
import { useHydrated } from "@/components/use-hydrated";
import { updateName } from "@/lib/account/actions/update-name";

export function NameForm({ current }: { current: string }) {
  const [name, setName] = useState(current);
  const hydrated = useHydrated();
  const { run, busy, running, flash, fieldError } = useActionFlow();
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    run(
      "name",
      () => updateName({ name }),
      (saved) => ({ message: `Saved. Tally calls you ${saved.name} now.` }),
    );
  }
  return (
    <form onSubmit={handleSubmit} className="space-y-3">
      <TextField
        id="name"
        label="Name"
        autoComplete="name"
        maxLength={80}
        required
        error={fieldError("name")}
        value={name}
        onChange={(event) => setName(event.target.value)}
      />
      <Button type="submit" variant="secondary" disabled={!hydrated || busy || name.trim() === current}>
        {running === "name" && <Spinner />}
        Save name
      </Button>
      <ActionFlash flash={flash} />
    </form>
  );
}
