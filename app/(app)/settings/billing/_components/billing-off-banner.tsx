import { CreditCard } from "lucide-react";

/** Billing off (no Stripe keys on a public server): says so instead of offering checkouts that cannot work. */
export function BillingOffBanner() {
  return (
    <div
      role="status"
      className="flex items-center gap-4 rounded-xl border border-dashed border-border bg-surface px-4 py-3 text-sm"
      data-testid="billing-off"
    >
      <CreditCard aria-hidden className="size-5 shrink-0 text-muted-foreground" />
      <div>
        <p className="font-semibold">Payments are not set up on this server</p>
        <p className="text-muted-foreground">
          Plans and credit packs are shown with their prices but cannot be bought here until the operator connects
          Stripe. Your credits and monthly allowance work as usual.
        </p>
      </div>
    </div>
  );
}
