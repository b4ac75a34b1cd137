"use client";

import { FormError } from "@/components/forms/form-error";
import { useActionFlow } from "@/components/forms/use-action-flow";
import { Notice } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Spinner } from "@/components/ui/spinner";
import { completeSandboxOnboarding } from "@/lib/affiliate/actions/complete-sandbox-onboarding";

/** Stripe's test details: the sandbox takes them as Stripe's test mode does, without checking anyone. */
const TEST_DETAILS = [
  { label: "Legal name", value: "Test Affiliate" },
  { label: "Date of birth", value: "01/01/1901" },
  { label: "Bank routing number", value: "110000000" },
  { label: "Bank account number", value: "000123456789" },
];

export function OnboardingForm({ linkId, email, returnUrl }: { linkId: string; email: string; returnUrl: string }) {
  const { run, busy, running, failure } = useActionFlow();
  const submit = (outcome: "verified" | "restricted") =>
    run(
      outcome,
      () => completeSandboxOnboarding({ linkId, outcome }),
      ({ redirectUrl }) => ({ redirectUrl }),
    );
  return (
    <Card className="w-full max-w-lg self-start p-6 sm:p-8">
      <p className="text-sm text-muted-foreground">Stripe Express · for Tally</p>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight">Set up payouts</h1>
      <p className="mt-2 text-sm text-muted-foreground">
        Tally pays your affiliate earnings to this account. Stripe asks who you are and where to send the money.
      </p>
      <Notice className="mt-4">
        <p>Test mode: nothing is checked and no money moves. These are Stripe&apos;s test details.</p>
      </Notice>
      <dl className="mt-6 space-y-2 text-sm">
        {[{ label: "Email", value: email }, ...TEST_DETAILS].map((detail) => (
          <div key={detail.label} className="flex flex-wrap justify-between gap-x-4">
            <dt className="text-muted-foreground">{detail.label}</dt>
            <dd className="font-medium break-all tabular-nums">{detail.value}</dd>
          </div>
        ))}
      </dl>
      <div className="mt-6 space-y-3">
        <Button size="lg" className="w-full" disabled={busy} onClick={() => submit("verified")}>
          {running === "verified" && <Spinner />}
          Submit
        </Button>
        <Button variant="secondary" className="w-full" disabled={busy} onClick={() => submit("restricted")}>
          {running === "restricted" && <Spinner />}
          Submit details Stripe cannot verify
        </Button>
        <a
          href={returnUrl}
          aria-disabled={running !== null}
          className={buttonClasses({
            variant: "ghost",
            className: "w-full aria-disabled:pointer-events-none aria-disabled:opacity-60",
          })}
        >
          Back to Tally
        </a>
      </div>
      <FormError failure={failure} className="mt-3" />
    </Card>
  );
}
