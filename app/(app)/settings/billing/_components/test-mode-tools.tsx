"use client";

import { FormError } from "@/components/forms/form-error";
import { useActionFlow, type ActionOutcome } from "@/components/forms/use-action-flow";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { renewSandboxSubscription } from "@/lib/billing/actions/sandbox-checkout";
import { endSandboxRetries } from "@/lib/billing/actions/sandbox-payments";

interface TestModeToolsProps {
  subscription: { cancelAtPeriodEnd: boolean; status: string } | null;
}

/**
 * Test mode: jump to the end of the billing period to see what a renewal (or a cancelled plan's end)
 * does, and, while a renewal is unpaid, let Stripe's retries run out. Only a paid plan has a period to
 * end; without one, only the last message is left to show.
 */
export function TestModeTools({ subscription }: TestModeToolsProps) {
  const { run, busy, running, failure } = useActionFlow();
  const renewed = ({ paid }: { paid: boolean }): ActionOutcome => {
    if (subscription?.cancelAtPeriodEnd) return { message: "The period has ended: you're on Free now." };
    if (paid) return { message: "A new billing period has started with a fresh allowance." };
    return {
      failed: true,
      message:
        "A new billing period has started, but its payment did not go through: no new allowance until it is paid.",
    };
  };
  return (
    <>
      {subscription && (
        <div className="flex flex-wrap gap-2">
          <Button
            variant="secondary"
            size="sm"
            disabled={busy}
            onClick={() => run("renew", () => renewSandboxSubscription({}), renewed)}
          >
            {running === "renew" && <Spinner />}
            Simulate renewal
          </Button>
          {subscription.status === "past_due" && (
            <Button
              variant="secondary"
              size="sm"
              disabled={busy}
              onClick={() =>
                run(
                  "give-up",
                  () => endSandboxRetries({}),
                  () => ({ message: "Stripe stopped retrying and cancelled the plan: you're on Free now." }),
                )
              }
            >
              {running === "give-up" && <Spinner />}
              Run out of retries
            </Button>
          )}
        </div>
      )}
      <FormError failure={failure} className="basis-full" />
    </>
  );
}
