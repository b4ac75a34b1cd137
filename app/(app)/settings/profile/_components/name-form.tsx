"use client";

import { useState, type FormEvent } from "react";
import { FormError } from "@/components/forms/form-error";
import { useActionFlow } from "@/components/forms/use-action-flow";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Spinner } from "@/components/ui/spinner";
import { updateName } from "@/lib/account/actions/update-name";

export function NameForm({ current }: { current: string }) {
  const [name, setName] = useState(current);
  const { run, busy, running, failure, fieldError } = useActionFlow();
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
      <Button type="submit" variant="secondary" disabled={busy || name.trim() === current}>
        {running === "name" && <Spinner />}
        Save name
      </Button>
      <FormError failure={failure} />
    </form>
  );
}
