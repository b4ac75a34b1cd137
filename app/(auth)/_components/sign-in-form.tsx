"use client";

import { KeyRound } from "lucide-react";
import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRef, type FormEvent } from "react";
import { FormError } from "@/components/forms/form-error";
import { useActionFlow } from "@/components/forms/use-action-flow";
import type { ActionResult } from "@/lib/actions/action";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Spinner } from "@/components/ui/spinner";

interface SignInFormProps {
  /** Where to go after signing in; already checked to be a path on this site. */
  callbackUrl: string;
  /** Shown only in local mode. */
  demoAccount: { email: string; password: string } | null;
}

function describeError(error: string) {
  const rateLimited = /^RateLimited:(\d+)/.exec(error);
  if (rateLimited) {
    const minutes = Number(rateLimited[1]);
    return `Too many sign-in attempts. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
  }
  return "That email and password don't match an account.";
}

/** next-auth's credentials sign-in, answered like a server action so the form runs on the shared flow. */
async function signInWithPassword(
  email: string,
  password: string,
  callbackUrl: string,
): Promise<ActionResult<{ redirectUrl: string }>> {
  const result = await signIn("credentials", { email, password, redirect: false });
  if (result?.error) {
    const limited = result.error.startsWith("RateLimited");
    return { ok: false, code: limited ? "RATE_LIMITED" : "UNAUTHENTICATED", message: describeError(result.error) };
  }
  return { ok: true, data: { redirectUrl: callbackUrl } };
}

export function SignInForm({ callbackUrl, demoAccount }: SignInFormProps) {
  const form = useRef<HTMLFormElement>(null);
  const { run, busy, running, failure } = useActionFlow();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Read from the form, not from state: what was typed before the page hydrated counts too.
    const fields = new FormData(event.currentTarget);
    const email = String(fields.get("email") ?? "");
    const password = String(fields.get("password") ?? "");
    // Stays busy while the next page loads, so the form cannot be sent twice.
    run("sign-in", () => signInWithPassword(email, password, callbackUrl));
  }

  function fillDemoAccount(account: { email: string; password: string }) {
    for (const [name, value] of Object.entries(account)) {
      const input = form.current?.elements.namedItem(name);
      if (input instanceof HTMLInputElement) input.value = value;
    }
  }

  return (
    <div className="space-y-6">
      {demoAccount && (
        <section
          aria-labelledby="demo-account-title"
          className="rounded-xl border border-dashed border-accent/60 bg-accent-subtle p-4"
        >
          <h2
            id="demo-account-title"
            className="flex items-center gap-2 text-sm font-semibold text-accent-subtle-foreground"
          >
            <KeyRound aria-hidden className="size-4" />
            Demo account
          </h2>
          <p className="mt-1 text-sm text-muted-foreground">
            This server runs in local mode with a ready-made account.
          </p>
          <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
            <dt className="text-muted-foreground">Email</dt>
            <dd className="font-mono break-all">{demoAccount.email}</dd>
            <dt className="text-muted-foreground">Password</dt>
            <dd className="font-mono break-all">{demoAccount.password}</dd>
          </dl>
          <Button variant="secondary" size="sm" className="mt-3" onClick={() => fillDemoAccount(demoAccount)}>
            Use demo account
          </Button>
        </section>
      )}
      <form ref={form} noValidate onSubmit={handleSubmit} className="space-y-4">
        <TextField id="email" name="email" label="Email" type="email" autoComplete="email" required />
        <TextField
          id="password"
          name="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          required
        />
        <p className="-mt-2 text-right text-sm">
          <Link href="/forgot-password" className="rounded font-medium text-accent underline-offset-2 hover:underline">
            Forgot password?
          </Link>
        </p>
        <FormError failure={failure} />
        <Button type="submit" className="w-full" disabled={busy}>
          {running === "sign-in" && <Spinner />}
          Sign in
        </Button>
      </form>
    </div>
  );
}
