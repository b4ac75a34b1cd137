"use client";

import { useState, useTransition, type FormEvent } from "react";
import { ErrorAlert, Notice } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Spinner } from "@/components/ui/spinner";
import { useHydrated } from "@/components/use-hydrated";
import { requestPasswordResetEmail } from "@/lib/auth/actions/request-password-reset";

/** The answer never says whether the email has an account: the same words either way. */
export function ForgotPasswordForm() {
  const [email, setEmail] = useState("");
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const hydrated = useHydrated();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    startTransition(async () => {
      const result = await requestPasswordResetEmail({ email }).catch(() => null);
      if (!result) return setError("We couldn't reach Tally. Check your connection and try again.");
      if (!result.ok) return setError(result.message);
      setSentTo(result.data.email);
    });
  }

  if (sentTo) {
    return (
      <Notice tone="success">
        <p>
          If <span className="font-semibold break-all">{sentTo}</span> has a Tally account, a link to reset its password
          is on its way. It works for one hour. Nothing there? Check your spam folder.
        </p>
      </Notice>
    );
  }
  return (
    <form noValidate onSubmit={handleSubmit} className="space-y-4">
      <TextField
        id="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        value={email}
        onChange={(event) => setEmail(event.target.value)}
      />
      {error && <ErrorAlert>{error}</ErrorAlert>}
      <Button type="submit" className="w-full" disabled={!hydrated || pending}>
        {pending && <Spinner />}
        Send reset link
      </Button>
    </form>
  );
}
