"use client";

import { useState, type FormEvent } from "react";
import { FormError } from "@/components/forms/form-error";
import { useActionFlow } from "@/components/forms/use-action-flow";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Spinner } from "@/components/ui/spinner";
import { changeOwnPassword } from "@/lib/auth/actions/change-password";

export function PasswordForm() {
  const [currentPassword, setCurrentPassword] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const { run, busy, running, failure, fieldError } = useActionFlow();
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    run(
      "password",
      () => changeOwnPassword({ currentPassword, newPassword }),
      ({ signedOut }) => {
        setCurrentPassword("");
        setNewPassword("");
        return {
          message: `Password changed.${signedOut > 0 ? ` ${signedOut} other ${signedOut === 1 ? "device was" : "devices were"} signed out.` : ""}`,
        };
      },
    );
  }
  return (
    <form onSubmit={handleSubmit} className="space-y-3">
      <TextField
        id="current-password"
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        error={fieldError("currentPassword")}
        value={currentPassword}
        onChange={(event) => setCurrentPassword(event.target.value)}
      />
      <TextField
        id="new-password"
        label="New password"
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters. Your other devices will be signed out."
        required
        error={fieldError("newPassword")}
        value={newPassword}
        onChange={(event) => setNewPassword(event.target.value)}
      />
      <Button type="submit" variant="secondary" disabled={busy}>
        {running === "password" && <Spinner />}
        Change password
      </Button>
      <FormError failure={failure} />
    </form>
  );
}
