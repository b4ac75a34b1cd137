"use client";

import { formatUsd } from "@/config/plans";
import { FormError } from "@/components/forms/form-error";
import { useActionFlow } from "@/components/forms/use-action-flow";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { refreshPayoutAccount } from "@/lib/affiliate/actions/refresh-payout-account";
import { sendTransferNow } from "@/lib/affiliate/actions/send-transfer-now";
import { startPayoutOnboarding } from "@/lib/affiliate/actions/start-payout-onboarding";

const ONBOARDING_LABEL = {
  new: "Set up payouts with Stripe",
  unfinished: "Continue with Stripe",
  review: "Update your details with Stripe",
  ready: "Update your details with Stripe",
} as const;

export function PayoutAccountActions({ state, testMode }: { state: keyof typeof ONBOARDING_LABEL; testMode: boolean }) {
  const { run, busy, running, failure } = useActionFlow();
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <Button
          variant={state === "ready" ? "secondary" : "primary"}
          disabled={busy}
          onClick={() => run("onboard", () => startPayoutOnboarding({}))}
        >
          {running === "onboard" && <Spinner />}
          {ONBOARDING_LABEL[state]}
        </Button>
        {(state === "review" || state === "unfinished") && (
          <Button
            variant="secondary"
            disabled={busy}
            onClick={() =>
              run(
                "check",
                () => refreshPayoutAccount({}),
                ({ transfersEnabled }) => ({
                  message: transfersEnabled
                    ? "Payouts are on: Stripe can send you money."
                    : "Stripe still cannot send you money.",
                }),
              )
            }
          >
            {running === "check" && <Spinner />}
            Check again
          </Button>
        )}
        {testMode && state === "ready" && (
          <Button
            variant="secondary"
            disabled={busy}
            onClick={() =>
              run(
                "transfer",
                () => sendTransferNow({}),
                (payout) => ({
                  message: !payout
                    ? "Test mode: no transfer this month (under the minimum, or already sent)."
                    : payout.status === "FAILED"
                      ? `Test mode: Stripe refused the transfer: ${payout.failure}`
                      : `Test mode: ${formatUsd(payout.cents)} sent to your Stripe account.`,
                }),
              )
            }
          >
            {running === "transfer" && <Spinner />}
            Test mode: send this month&apos;s transfer now
          </Button>
        )}
      </div>
      <FormError failure={failure} />
    </div>
  );
}
