"use client";

import { useState, type FormEvent } from "react";
import { FormError } from "@/components/forms/form-error";
import { useActionFlow } from "@/components/forms/use-action-flow";
import { Notice } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Spinner } from "@/components/ui/spinner";
import { requestPasswordResetEmail } from "@/lib/auth/actions/request-password-reset";

/** The answer never says whether the email has an account: the same words either way. */
export function ForgotPasswordForm() {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { run, busy, running, failure, fieldError } = useActionFlow();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email") ?? "");
    run(
      "send",
      () => requestPasswordResetEmail({ email }),
      (sent) => {
        setSentTo(sent.email);
        return {};
      },
    );
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
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        error={fieldError("email")}
      />
      <FormError failure={failure} />
      <Button type="submit" className="w-full" disabled={busy}>
        {running === "send" && <Spinner />}
        Send reset link
      </Button>
    </form>
  );
}
