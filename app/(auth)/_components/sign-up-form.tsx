"use client";

import Link from "next/link";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ErrorAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Spinner } from "@/components/ui/spinner";
import type { FieldErrors } from "@/lib/actions/action";
import { signUp } from "@/lib/auth/actions/sign-up";

type FormError = { message: string; fieldErrors?: FieldErrors; signInInstead?: boolean };

export function SignUpForm() {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<FormError | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const form = new FormData(event.currentTarget);
    const name = String(form.get("name") ?? "");
    const email = String(form.get("email") ?? "");
    const password = String(form.get("password") ?? "");
    setPending(true);
    setError(null);
    try {
      const result = await signUp({
        name,
        email,
        password,
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      });
      if (!result.ok) {
        setError({ message: result.message, fieldErrors: result.fieldErrors });
        setPending(false);
        return;
      }
      const session = await signIn("credentials", { email, password, redirect: false });
      if (session?.error) {
        setError({ message: "Your account is ready, but we couldn't sign you in automatically.", signInInstead: true });
        setPending(false);
        return;
      }
      router.push("/chat");
      router.refresh();
    } catch {
      setError({ message: "We couldn't reach Tally. Check your connection and try again." });
      setPending(false);
    }
  }

  const fieldError = (name: string) => error?.fieldErrors?.[name]?.[0];
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
      {error && !error.fieldErrors && (
        <ErrorAlert>
          <p>{error.message}</p>
          {error.signInInstead && (
            <p>
              <Link href="/sign-in" className="font-medium underline underline-offset-2">
                Go to sign in
              </Link>
            </p>
          )}
        </ErrorAlert>
      )}
      <Button type="submit" className="w-full" disabled={pending}>
        {pending && <Spinner />}
        Create account
      </Button>
    </form>
  );
}
