"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { AFFILIATE_TERMS } from "@/config/affiliate";
import { FormError } from "@/components/forms/form-error";
import { useActionFlow } from "@/components/forms/use-action-flow";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FieldError } from "@/components/ui/field";
import { Spinner } from "@/components/ui/spinner";
import { joinAffiliateProgram } from "@/lib/affiliate/actions/join-affiliate-program";

/** Joining: the terms in short, a link to them in full, and one click that accepts them. */
export function JoinProgramCard({ verified }: { verified: boolean }) {
  const [accepted, setAccepted] = useState(false);
  const { run, busy, running, failure, fieldError } = useActionFlow();
  const error = fieldError("acceptTerms");

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    run(
      "join",
      () => joinAffiliateProgram({ acceptTerms: accepted }),
      () => ({
        message: "Welcome to the affiliate program. Share your link to start earning.",
      }),
    );
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>Earn by sharing with your audience</CardTitle>
        <CardDescription>
          Get {AFFILIATE_TERMS.commissionPercent}% of every payment the people you bring make in their first{" "}
          {AFFILIATE_TERMS.commissionMonths} months — plans and packs, net of refunds.
        </CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        <ul className="list-disc space-y-1 pl-5 text-sm text-muted-foreground">
          <li>Each commission is pending for {AFFILIATE_TERMS.pendingDays} days (the refund window), then approved.</li>
          <li>
            Take approved earnings as credits at once, worth {AFFILIATE_TERMS.creditPayoutPercent}% (1.2 credits for
            every cent).
          </li>
          <li>A visitor counts for {AFFILIATE_TERMS.attributionDays} days after their last click on your link.</li>
        </ul>
        {verified ? (
          <form onSubmit={handleSubmit} className="space-y-3">
            <label className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                className="mt-0.5 size-4 accent-accent"
                checked={accepted}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? "accept-terms-error" : undefined}
                onChange={(event) => setAccepted(event.target.checked)}
              />
              <span>
                I accept the{" "}
                <Link href="/affiliate" className="font-medium text-accent underline-offset-2 hover:underline">
                  affiliate terms
                </Link>
                .
              </span>
            </label>
            {error && <FieldError id="accept-terms-error">{error}</FieldError>}
            <FormError failure={failure} />
            <Button type="submit" disabled={busy}>
              {running === "join" && <Spinner />}
              Join the affiliate program
            </Button>
          </form>
        ) : (
          <p className="text-sm">Confirm your email first: the affiliate program is open to verified accounts.</p>
        )}
      </CardContent>
    </Card>
  );
}
