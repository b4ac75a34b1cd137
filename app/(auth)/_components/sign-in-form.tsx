"use client";

import { KeyRound } from "lucide-react";
import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ErrorAlert } from "@/components/ui/alert";
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

export function SignInForm({ callbackUrl, demoAccount }: SignInFormProps) {
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", { email, password, redirect: false });
      if (result?.error) {
        setError(describeError(result.error));
        setPending(false);
        return;
      }
      // Stay pending while the next page loads so the form cannot be sent twice.
      router.push(callbackUrl);
      router.refresh();
    } catch {
      setError("We couldn't reach Tally. Check your connection and try again.");
      setPending(false);
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
          <Button
            variant="secondary"
            size="sm"
            className="mt-3"
            onClick={() => {
              setEmail(demoAccount.email);
              setPassword(demoAccount.password);
              setError(null);
            }}
          >
            Use demo account
          </Button>
        </section>
      )}
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
        <TextField
          id="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <p className="-mt-2 text-right text-sm">
          <Link href="/forgot-password" className="rounded font-medium text-accent underline-offset-2 hover:underline">
            Forgot password?
          </Link>
        </p>
        {error && <ErrorAlert>{error}</ErrorAlert>}
        <Button type="submit" className="w-full" disabled={pending}>
          {pending && <Spinner />}
          Sign in
        </Button>
      </form>
    </div>
  );
}
