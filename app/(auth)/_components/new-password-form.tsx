"use client";

import { signIn } from "next-auth/react";
import type { FormEvent } from "react";
import { FormError } from "@/components/forms/form-error";
import { useActionFlow } from "@/components/forms/use-action-flow";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Spinner } from "@/components/ui/spinner";
import { setNewPassword } from "@/lib/auth/actions/reset-password";

/** Sets the new password, then signs in with it here (every other session has ended). */
export function NewPasswordForm({ token }: { token: string }) {
  const { run, busy, running, failure, fieldError } = useActionFlow();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Read from the form, not from state: what was typed before the page hydrated counts too.
    const password = String(new FormData(event.currentTarget).get("password") ?? "");
    run("save", async () => {
      const result = await setNewPassword({ token, password });
      if (!result.ok) return result;
      const session = await signIn("credentials", { email: result.data.email, password, redirect: false });
      return { ...result, data: { redirectUrl: session?.error ? "/sign-in" : "/chat" } };
    });
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="space-y-4">
      <TextField
        id="password"
        name="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters."
        required
        error={fieldError("password")}
      />
      <FormError failure={failure} />
      <Button type="submit" className="w-full" disabled={busy}>
        {running === "save" && <Spinner />}
        Save new password
      </Button>
    </form>
  );
}
