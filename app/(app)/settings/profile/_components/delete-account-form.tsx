"use client";

import { signOut } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { ErrorAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Spinner } from "@/components/ui/spinner";
import { useHydrated } from "@/components/use-hydrated";
import { deleteOwnAccount } from "@/lib/account/actions/delete-account";

/** The last step: the person types their email; the account is gone and the browser signed out. */
export function DeleteAccountForm({ email }: { email: string }) {
  const [typed, setTyped] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const hydrated = useHydrated();
  const router = useRouter();
  const matches = typed.trim().toLowerCase() === email.toLowerCase();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    startTransition(async () => {
      const result = await deleteOwnAccount({ confirmEmail: typed }).catch(() => null);
      if (!result) return setError("We couldn't reach Tally. Check your connection and try again.");
      if (!result.ok) return setError(result.message);
      // The sessions are gone already; this clears the cookie. The sign-in page then says what happened.
      await signOut({ redirect: false });
      router.replace("/sign-in?account=deleted");
      router.refresh();
    });
  }

  return (
    <form onSubmit={handleSubmit} className="space-y-3">
      <TextField
        id="confirm-delete"
        label={`Type ${email} to confirm`}
        autoComplete="off"
        spellCheck={false}
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
      />
      {error && <ErrorAlert>{error}</ErrorAlert>}
      <Button type="submit" variant="danger" disabled={!hydrated || pending || !matches}>
        {pending && <Spinner />}
        Delete my account
      </Button>
    </form>
  );
}
