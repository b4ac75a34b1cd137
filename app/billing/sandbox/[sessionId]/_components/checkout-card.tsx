import { FlaskConical } from "lucide-react";
import { Card } from "@/components/ui/card";
import type { SandboxCheckout } from "../_lib/checkout";
import { CheckoutActions } from "./checkout-actions";
import { Badge } from "@/components/ui/badge";

/** A look-alike of Stripe Checkout: what is being bought on one side, how to pay on the other. */
export function CheckoutCard({ checkout, email }: { checkout: SandboxCheckout; email: string }) {
  return (
    <Card className="grid w-full max-w-4xl self-start overflow-hidden md:grid-cols-2">
      <section
        aria-labelledby="checkout-title"
        className="space-y-6 border-b border-border bg-subtle/60 p-6 sm:p-8 md:border-r md:border-b-0"
      >
        <Badge className="border border-accent/30 px-3 py-1 font-semibold">
          <FlaskConical aria-hidden className="size-3.5" />
          Test mode — no real payment
        </Badge>
        <div>
          <h1 id="checkout-title" className="text-lg font-medium text-muted-foreground">
            {checkout.title}
          </h1>
          <p className="mt-1 flex items-baseline gap-2">
            <span className="text-4xl font-semibold tracking-tight tabular-nums">{checkout.amount}</span>
            {checkout.recurring && <span className="text-sm text-muted-foreground">per month</span>}
          </p>
        </div>
        <dl className="divide-y divide-border border-y border-border text-sm">
          <div className="flex items-start justify-between gap-4 py-3">
            <dt>
              <span className="font-medium">{checkout.item.name}</span>
              <span className="block text-muted-foreground">{checkout.item.detail}</span>
            </dt>
            <dd className="font-medium tabular-nums">{checkout.amount}</dd>
          </div>
          <div className="flex items-center justify-between gap-4 py-3">
            <dt className="font-medium">Total due today</dt>
            <dd className="font-semibold tabular-nums">{checkout.amount}</dd>
          </div>
        </dl>
      </section>
      <section aria-label="Payment" className="space-y-6 p-6 sm:p-8">
        <div className="space-y-1 text-sm">
          <p className="text-muted-foreground">Paying as</p>
          <p className="font-medium break-all">{email}</p>
        </div>
        <CheckoutActions checkout={checkout} />
        <p className="text-xs text-muted-foreground">
          This page stands in for Stripe Checkout while Tally runs without Stripe keys. Nothing is charged; the buttons
          send the same signed events Stripe would.
        </p>
      </section>
    </Card>
  );
}
