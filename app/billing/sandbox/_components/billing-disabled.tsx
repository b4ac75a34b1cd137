import { CreditCard } from "lucide-react";
import Link from "next/link";
import { Card } from "@/components/ui/card";

/** A test-mode page asked for while billing is off: says so (BILLING_DISABLED) instead of "paying". */
export function BillingDisabled() {
  return (
    <Card className="w-full max-w-lg space-y-3 self-start p-6 sm:p-8" data-testid="billing-disabled">
      <CreditCard aria-hidden className="size-6 text-muted-foreground" />
      <h1 className="text-lg font-semibold">Payments are not set up on this server</h1>
      <p className="text-sm text-muted-foreground">
        Plans and credit packs cannot be bought here until the operator connects Stripe. Nothing was charged and nothing
        was granted.
      </p>
      <p className="font-mono text-xs text-muted-foreground">BILLING_DISABLED</p>
      <Link href="/settings/billing" className="text-sm font-medium text-accent underline-offset-4 hover:underline">
        Back to Plan &amp; billing
      </Link>
    </Card>
  );
}
