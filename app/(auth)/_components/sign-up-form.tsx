"use client";

import { signIn } from "next-auth/react";
import type { FormEvent } from "react";
import { FormError } from "@/components/forms/form-error";
import { useActionFlow } from "@/components/forms/use-action-flow";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Spinner } from "@/components/ui/spinner";
import { signUp } from "@/lib/auth/actions/sign-up";

export function SignUpForm() {
  const { run, busy, running, failure, fieldError } = useActionFlow();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const name = String(form.get("name") ?? "");
    const email = String(form.get("email") ?? "");
    const password = String(form.get("password") ?? "");
    run("sign-up", async () => {
      const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      const result = await signUp({ name, email, password, timeZone });
      if (!result.ok) return result;
      // The account exists either way; if signing in here fails, the sign-in page says it is ready.
      const session = await signIn("credentials", { email, password, redirect: false });
      return { ok: true, data: { redirectUrl: session?.error ? "/sign-in?account=created" : "/chat" } };
    });
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="space-y-4">
      <TextField
        id="name"
        name="name"
        label="Name"
        autoComplete="name"
        required
        maxLength={80}
        error={fieldError("name")}
      />
      <TextField
        id="email"
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        error={fieldError("email")}
      />
      <TextField
        id="password"
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 10 characters."
        error={fieldError("password")}
      />
      <FormError failure={failure} />
      <Button type="submit" className="w-full" disabled={busy}>
        {running === "sign-up" && <Spinner />}
        Create account
      </Button>
    </form>
  );
}
