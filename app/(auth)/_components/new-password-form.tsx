"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { ErrorAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Spinner } from "@/components/ui/spinner";
import { useHydrated } from "@/components/use-hydrated";
import { setNewPassword } from "@/lib/auth/actions/reset-password";

/** Sets the new password, then signs in with it here (every other session has ended). */
export function NewPasswordForm({ token }: { token: string }) {
  const router = useRouter();
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const hydrated = useHydrated();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    startTransition(async () => {
      const result = await setNewPassword({ token, password }).catch(() => null);
      if (!result) return setError("We couldn't reach Tally. Check your connection and try again.");
      if (!result.ok) return setError(result.message);
      const session = await signIn("credentials", { email: result.data.email, password, redirect: false });
      router.push(session?.error ? "/sign-in" : "/chat");
      router.refresh();
    });
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="space-y-4">
      <TextField
        id="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters."
        required
        value={password}
        onChange={(event) => setPassword(event.target.value)}
      />
      {error && <ErrorAlert>{error}</ErrorAlert>}
      <Button type="submit" className="w-full" disabled={!hydrated || pending}>
        {pending && <Spinner />}
        Save new password
      </Button>
    </form>
  );
}
