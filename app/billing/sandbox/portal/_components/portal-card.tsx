import { CreditCard } from "lucide-react";
import { formatUsd } from "@/config/plans";
import { formatDate } from "@/components/format";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { TestCard } from "@/lib/billing/sandbox/emulator";
import { CardPicker } from "./card-picker";
import { PayInvoiceButton } from "../../_components/pay-invoice-button";

interface PortalCardProps {
  email: string;
  card: TestCard;
  invoices: { id: string; amountCents: number; createdAt: Date }[];
  timeZone: string;
}

/** A look-alike of Stripe's Customer Portal, reduced to what test mode needs: the card, and what is owed. */
export function PortalCard({ email, card, invoices, timeZone }: PortalCardProps) {
  return (
    <Card className="w-full max-w-lg space-y-8 self-start p-6 sm:p-8">
      <div>
        <p className="text-sm text-muted-foreground">Billing portal · {email}</p>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight">Payment method</h1>
        <p className="mt-1 text-sm text-muted-foreground">
          Renewals and retries are charged to this card. Test cards only: nothing is charged.
        </p>
      </div>
      <CardPicker card={card} />
      <section aria-labelledby="open-invoices" className="space-y-3">
        <h2 id="open-invoices" className="text-lg font-semibold">
          Invoices to pay
        </h2>
        {invoices.length > 0 ? (
          <ul className="divide-y divide-border rounded-xl border border-border">
            {invoices.map((invoice) => (
              <li key={invoice.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
                <div className="flex items-center gap-3">
                  <CreditCard aria-hidden className="size-4 text-muted-foreground" />
                  <div className="text-sm">
                    <p className="font-medium tabular-nums">{formatUsd(invoice.amountCents)}</p>
                    <p className="text-xs text-muted-foreground">Due since {formatDate(invoice.createdAt, timeZone)}</p>
                  </div>
                </div>
                <PayInvoiceButton invoiceId={invoice.id} label={`Pay ${formatUsd(invoice.amountCents)}`} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="rounded-xl border border-dashed border-border px-4 py-6 text-center text-sm text-muted-foreground">
            Nothing to pay. You&apos;re all set.
          </p>
        )}
      </section>
      <a href="/settings/billing" className={buttonClasses({ variant: "secondary", className: "w-full" })}>
        Back to Tally
      </a>
    </Card>
  );
}
