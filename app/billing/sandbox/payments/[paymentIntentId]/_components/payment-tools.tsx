"use client";

import { formatUsd } from "@/config/plans";
import { FormError } from "@/components/forms/form-error";
import { useActionFlow } from "@/components/forms/use-action-flow";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import {
  closeSandboxDispute,
  disputeSandboxPayment,
  refundSandboxPayment,
} from "@/lib/billing/actions/sandbox-payments";

interface PaymentToolsProps {
  paymentIntentId: string;
  refundableCents: number;
  canRefund: boolean;
  canDispute: boolean;
  disputeOpen: boolean;
}

export function PaymentTools({
  paymentIntentId,
  refundableCents,
  canRefund,
  canDispute,
  disputeOpen,
}: PaymentToolsProps) {
  const { run, busy, running, failure } = useActionFlow();
  const half = Math.floor(refundableCents / 2);
  const spinner = (key: string) => running === key && <Spinner />;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        {canRefund && (
          <>
            <Button
              variant="secondary"
              disabled={busy}
              onClick={() =>
                run(
                  "refund",
                  () => refundSandboxPayment({ paymentIntentId }),
                  () => ({ message: "Refunded in full." }),
                )
              }
            >
              {spinner("refund")}
              Refund {formatUsd(refundableCents)}
            </Button>
            {half > 0 && (
              <Button
                variant="secondary"
                disabled={busy}
                onClick={() =>
                  run(
                    "refund-half",
                    () => refundSandboxPayment({ paymentIntentId, amountCents: half }),
                    () => ({ message: `Refunded ${formatUsd(half)}.` }),
                  )
                }
              >
                {spinner("refund-half")}
                Refund {formatUsd(half)}
              </Button>
            )}
          </>
        )}
        {canDispute && (
          <Button
            variant="secondary"
            disabled={busy}
            onClick={() =>
              run(
                "dispute",
                () => disputeSandboxPayment({ paymentIntentId }),
                () => ({ message: "The cardholder disputed the payment." }),
              )
            }
          >
            {spinner("dispute")}
            Open a dispute
          </Button>
        )}
        {disputeOpen && (
          <>
            <Button
              variant="secondary"
              disabled={busy}
              onClick={() =>
                run(
                  "won",
                  () => closeSandboxDispute({ paymentIntentId, outcome: "won" }),
                  () => ({ message: "Dispute won." }),
                )
              }
            >
              {spinner("won")}
              Win the dispute
            </Button>
            <Button
              variant="secondary"
              disabled={busy}
              onClick={() =>
                run(
                  "lost",
                  () => closeSandboxDispute({ paymentIntentId, outcome: "lost" }),
                  () => ({ message: "Dispute lost." }),
                )
              }
            >
              {spinner("lost")}
              Lose the dispute
            </Button>
          </>
        )}
      </div>
      <FormError failure={failure} />
    </div>
  );
}
