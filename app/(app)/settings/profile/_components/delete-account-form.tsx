"use client";

import { signOut } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { FormError } from "@/components/forms/form-error";
import { useActionFlow } from "@/components/forms/use-action-flow";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Spinner } from "@/components/ui/spinner";
import { deleteOwnAccount } from "@/lib/account/actions/delete-account";

/** The last step: the person types their email; the account is gone and the browser signed out. */
export function DeleteAccountForm({ email }: { email: string }) {
  const [typed, setTyped] = useState("");
  const { run, busy, running, failure, fieldError } = useActionFlow();
  const matches = typed.trim().toLowerCase() === email.toLowerCase();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    run(
      "delete",
      async () => {
        const result = await deleteOwnAccount({ confirmEmail: typed });
        // The sessions are gone already; this clears the cookie. The sign-in page then says what happened.
        if (result.ok) await signOut({ redirect: false });
        return result;
      },
      () => ({ redirectUrl: "/sign-in?account=deleted" }),
    );
  }

  return (
    <form onSubmit={handleSubmit} className="space-y-3">
      <TextField
        id="confirm-delete"
        label={`Type ${email} to confirm`}
        autoComplete="off"
        spellCheck={false}
        value={typed}
        error={fieldError("confirmEmail")}
        onChange={(event) => setTyped(event.target.value)}
      />
      <FormError failure={failure} />
      <Button type="submit" variant="danger" disabled={busy || !matches}>
        {running === "delete" && <Spinner />}
        Delete my account
      </Button>
    </form>
  );
}
