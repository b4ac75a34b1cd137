"use client";

import { FormError } from "@/components/forms/form-error";
import { useActionFlow } from "@/components/forms/use-action-flow";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { paySandboxInvoice } from "@/lib/billing/actions/sandbox-payments";

/**
 * Pays an open invoice (or confirms its 3-D Secure) as the hosted invoice page would, then shows the paid
 * invoice; a decline is said as such and leaves the person where they are.
 */
export function PayInvoiceButton({
  invoiceId,
  label,
  className,
}: {
  invoiceId: string;
  label: string;
  className?: string;
}) {
  const { run, busy, running, failure } = useActionFlow();
  return (
    <div className={className}>
      <Button
        disabled={busy}
        className="w-full"
        onClick={() =>
          run(
            "pay",
            () => paySandboxInvoice({ invoiceId }),
            ({ paid }) =>
              paid
                ? { redirectUrl: `/billing/sandbox/invoices/${invoiceId}` }
                : {
                    failed: true,
                    message: "Your card was declined. Choose another card in the billing portal and try again.",
                  },
          )
        }
      >
        {running === "pay" && <Spinner />}
        {label}
      </Button>
      <FormError failure={failure} className="mt-2" />
    </div>
  );
}
