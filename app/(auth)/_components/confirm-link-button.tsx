"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { ErrorAlert, Notice } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { useHydrated } from "@/components/use-hydrated";
import { confirmEmail } from "@/lib/auth/actions/confirm-email";
import { confirmNewEmail } from "@/lib/auth/actions/confirm-email-change";

/** What the emailed link confirms: a new account's address, or the new address of an email change. */
const LINKS = {
  verify: { action: confirmEmail, button: "Confirm my email", done: "Your free credits are in your balance." },
  "change-email": { action: confirmNewEmail, button: "Use this email", done: "Sign in with it from now on." },
};

/** Uses the link's token only on a click: mail scanners open links, and must not use them up. */
export function ConfirmLinkButton({ token, kind }: { token: string; kind: keyof typeof LINKS }) {
  const link = LINKS[kind];
  const [pending, startTransition] = useTransition();
  const hydrated = useHydrated();
  const [outcome, setOutcome] = useState<{ ok: true; email: string } | { ok: false; message: string } | null>(null);
  if (outcome?.ok) {
    return (
      <div className="space-y-4">
        <Notice tone="success">
          <p>
            <span className="font-semibold">{outcome.email} is confirmed.</span> {link.done}
          </p>
        </Notice>
        <Link href="/chat" className={buttonClasses({ className: "w-full" })}>
          Start chatting
        </Link>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <Button
        size="lg"
        className="w-full"
        disabled={!hydrated || pending}
        onClick={() =>
          startTransition(async () => {
            const result = await link.action({ token }).catch(() => null);
            if (!result)
              setOutcome({ ok: false, message: "We couldn't reach Tally. Check your connection and try again." });
            else
              setOutcome(result.ok ? { ok: true, email: result.data.email } : { ok: false, message: result.message });
          })
        }
      >
        {pending && <Spinner />}
        {link.button}
      </Button>
      {outcome && !outcome.ok && (
        <ErrorAlert>
          <p>{outcome.message}</p>
        </ErrorAlert>
      )}
    </div>
  );
}
