"use client";

import { ActionFlash } from "@/components/billing/action-flash";
import { useActionFlow } from "@/components/billing/use-action-flow";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { renewSandboxSubscription } from "@/lib/billing/actions/sandbox-checkout";

/**
 * Test mode: jump to the end of the billing period to see what a renewal (or a cancelled plan's end)
 * does. Only a paid plan has a period to end; without one, only the last message is left to show.
 */
export function SimulateRenewalButton({ subscription }: { subscription: { cancelAtPeriodEnd: boolean } | null }) {
  const { run, busy, running, flash } = useActionFlow();
  const message = subscription?.cancelAtPeriodEnd
    ? "The period has ended: you're on Free now."
    : "A new billing period has started with a fresh allowance.";
  return (
    <>
      {subscription && (
        <Button variant="secondary" size="sm" disabled={busy} onClick={() => run("renew", () => renewSandboxSubscription({}), () => ({ message }))}>
          {running && <Spinner />}
          Simulate renewal
        </Button>
      )}
      <ActionFlash flash={flash} className="basis-full" />
    </>
  );
}
