"use client";

import { FormError } from "@/components/forms/form-error";
import { useActionFlow } from "@/components/forms/use-action-flow";
import { Notice } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { completeSandboxCheckout } from "@/lib/billing/actions/sandbox-checkout";
import type { SandboxCheckout } from "../_lib/checkout";

type Outcome = "paid" | "async_pending" | "async_succeeded" | "async_failed";

export function CheckoutActions({ checkout }: { checkout: SandboxCheckout }) {
  const { run, busy, running, failure } = useActionFlow();

  /** Pays (or settles) in the sandbox, then goes where Stripe would send the browser, if anywhere. */
  function complete(outcome: Outcome, redirectUrl?: string) {
    run(
      outcome,
      () => completeSandboxCheckout({ sessionId: checkout.id, outcome }),
      () => ({ redirectUrl }),
    );
  }

  const spinner = (outcome: string) => running === outcome && <Spinner />;
  const backLink = (href: string) => (
    <a href={href} className={buttonClasses({ variant: "secondary", className: "w-full" })}>
      Back to Tally
    </a>
  );

  return (
    <div className="space-y-3">
      {checkout.state === "open" && (
        <>
          <Button size="lg" className="w-full" disabled={busy} onClick={() => complete("paid", checkout.urls.success)}>
            {spinner("paid")}
            Pay
          </Button>
          {checkout.canPayLater && (
            <Button variant="secondary" className="w-full" disabled={busy} onClick={() => complete("async_pending")}>
              {spinner("async_pending")}
              Pay by bank transfer (settles later)
            </Button>
          )}
          <a
            href={checkout.urls.cancel}
            aria-disabled={running !== null}
            className={buttonClasses({
              variant: "ghost",
              className: "w-full aria-disabled:pointer-events-none aria-disabled:opacity-60",
            })}
          >
            Cancel
          </a>
        </>
      )}
      {checkout.state === "pending" && (
        <>
          <Notice>
            <p className="font-semibold">Bank transfer pending</p>
            <p>
              A real transfer takes a few working days, and no credits arrive until it settles. Simulate how it ends:
            </p>
          </Notice>
          <Button className="w-full" disabled={busy} onClick={() => complete("async_succeeded", checkout.urls.success)}>
            {spinner("async_succeeded")}
            Bank transfer succeeded
          </Button>
          <Button
            variant="secondary"
            className="w-full"
            disabled={busy}
            onClick={() => complete("async_failed", checkout.urls.failed)}
          >
            {spinner("async_failed")}
            Bank transfer failed
          </Button>
          {backLink(checkout.urls.pending)}
        </>
      )}
      {checkout.state === "paid" && (
        <>
          <Notice tone="success">
            <p>Paid. This checkout is complete.</p>
          </Notice>
          {backLink(checkout.urls.success)}
        </>
      )}
      {checkout.state === "expired" && (
        <>
          <Notice>
            <p>This checkout was cancelled and can no longer be paid. Nothing was charged.</p>
          </Notice>
          {backLink(checkout.urls.billing)}
        </>
      )}
      <FormError failure={failure} />
    </div>
  );
}
