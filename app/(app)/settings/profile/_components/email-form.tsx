"use client";

import { useState, type FormEvent } from "react";
import { FormError } from "@/components/forms/form-error";
import { useActionFlow } from "@/components/forms/use-action-flow";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Spinner } from "@/components/ui/spinner";
import { changeEmail } from "@/lib/auth/actions/change-email";

/** A new email waits for the link sent to it; the current password proves it is the owner asking. */
export function EmailForm({ current, hasPassword }: { current: string; hasPassword: boolean }) {
  const [newEmail, setNewEmail] = useState("");
  const [currentPassword, setCurrentPassword] = useState("");
  const { run, busy, running, failure, fieldError } = useActionFlow();
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    run(
      "email",
      () => changeEmail({ newEmail, currentPassword }),
      ({ pendingEmail }) => {
        setCurrentPassword("");
        return {
          message: `Check ${pendingEmail}: the change takes effect when you open the link we sent there. Until then you sign in with ${current}.`,
        };
      },
    );
  }
  if (!hasPassword) {
    return (
      <p className="text-sm text-muted-foreground">
        You sign in with GitHub or Google, so your email is the one that provider shares with us.
      </p>
    );
  }
  return (
    <form onSubmit={handleSubmit} className="space-y-3">
      <TextField
        id="new-email"
        label="New email"
        type="email"
        autoComplete="email"
        required
        error={fieldError("newEmail")}
        value={newEmail}
        onChange={(event) => setNewEmail(event.target.value)}
      />
      <TextField
        id="email-current-password"
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        error={fieldError("currentPassword")}
        value={currentPassword}
        onChange={(event) => setCurrentPassword(event.target.value)}
      />
      <Button type="submit" variant="secondary" disabled={busy}>
        {running === "email" && <Spinner />}
        Change email
      </Button>
      <FormError failure={failure} />
    </form>
  );
}
