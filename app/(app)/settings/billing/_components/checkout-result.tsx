"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { ErrorAlert, Notice } from "@/components/ui/alert";
import { abandonCheckout } from "@/lib/billing/actions/abandon-checkout";

/**
 * The message for people coming back from checkout (`?checkout=…`, set by the success and cancel
 * URLs). It stays while they are on the page, but leaves the address so a reload does not repeat it.
 * Coming back from a cancelled pack checkout also closes that checkout, so it no longer shows as pending.
 */
export function CheckoutResult({
  outcome,
  purchaseId,
}: {
  outcome: string | undefined;
  purchaseId: string | undefined;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const [shown] = useState(outcome);
  useEffect(() => {
    if (!outcome) return;
    if (outcome === "cancelled" && purchaseId) {
      // Failing to close it changes nothing for the person: Stripe expires it within a day anyway.
      void abandonCheckout({ purchaseId }).finally(() => router.replace(pathname, { scroll: false }));
    } else {
      router.replace(pathname, { scroll: false });
    }
  }, [outcome, purchaseId, pathname, router]);
  return describe(shown);
}

function describe(outcome: string | undefined) {
  switch (outcome) {
    case "success":
      return (
        <Notice tone="success">
          <p className="font-semibold">Thanks, your payment went through.</p>
          <p>Your plan and balance below include it. If something is missing, reload the page in a few seconds.</p>
        </Notice>
      );
    case "pending":
      return (
        <Notice>
          <p className="font-semibold">Your bank transfer is on its way.</p>
          <p>The credits arrive as soon as it settles. You can follow it under Receipts.</p>
        </Notice>
      );
    case "failed":
      return (
        <ErrorAlert>
          <p className="font-semibold">The bank transfer failed.</p>
          <p>Nothing was charged and no credits were added. You can try again with another payment method.</p>
        </ErrorAlert>
      );
    case "cancelled":
      return (
        <Notice>
          <p>Checkout cancelled. Nothing was charged.</p>
        </Notice>
      );
    default:
      return null;
  }
}
