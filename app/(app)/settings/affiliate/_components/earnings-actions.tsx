"use client";

import { FormError } from "@/components/forms/form-error";
import { useActionFlow } from "@/components/forms/use-action-flow";
import { formatCredits } from "@/components/format";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { approveAsIfLater } from "@/lib/affiliate/actions/approve-as-if-later";
import { takeEarningsAsCredits } from "@/lib/affiliate/actions/take-earnings-as-credits";

/** Take the approved earnings as credits; in test mode, let the refund window pass. */
export function EarningsActions({ canTake, testMode }: { canTake: boolean; testMode: boolean }) {
  const { run, busy, running, failure } = useActionFlow();
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <Button
          disabled={busy || !canTake}
          onClick={() =>
            run(
              "take",
              () => takeEarningsAsCredits({}),
              ({ credits }) => ({
                message: `${formatCredits(credits)} added to your balance.`,
              }),
            )
          }
        >
          {running === "take" && <Spinner />}
          Take as credits
        </Button>
        {testMode && (
          <Button
            variant="secondary"
            disabled={busy}
            onClick={() =>
              run(
                "later",
                () => approveAsIfLater({}),
                () => ({
                  message: "Test mode: the refund window has passed, and the pending earnings are approved.",
                }),
              )
            }
          >
            {running === "later" && <Spinner />}
            Test mode: move 30 days ahead
          </Button>
        )}
      </div>
      <FormError failure={failure} />
    </div>
  );
}
