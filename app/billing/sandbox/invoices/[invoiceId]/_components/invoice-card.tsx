import { CircleCheck } from "lucide-react";
import Link from "next/link";
import { formatUsd } from "@/config/plans";
import { formatCredits, formatDate } from "@/components/format";
import { buttonClasses } from "@/components/ui/button";
import { ErrorAlert, Notice } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { planForInvoice, type Invoice } from "@/components/billing/overview";
import type { OpenInvoiceState } from "@/lib/billing/sandbox/invoice-payment";
import { PayInvoiceButton } from "../../../_components/pay-invoice-button";

interface InvoiceCardProps {
  invoice: Invoice;
  /** An open invoice: how its last payment attempt ended. */
  paymentState: OpenInvoiceState | null;
  email: string;
  timeZone: string;
}

const OPEN_NOTICE = {
  declined:
    "The last payment of this invoice was declined. Pay it now with your saved card, or choose another card first.",
  requires_action: "Your bank asks you to confirm this payment (3-D Secure) before it goes through.",
};

export function InvoiceCard({ invoice, paymentState, email, timeZone }: InvoiceCardProps) {
  const plan = planForInvoice(invoice);
  const paid = invoice.status === "paid";
  const details = [
    { label: "Invoice number", value: invoice.id.slice(0, 14).toUpperCase() },
    { label: "Date", value: formatDate(invoice.createdAt, timeZone) },
    { label: "Billed to", value: email },
  ];
  return (
    <Card className="w-full max-w-lg self-start p-6 sm:p-8">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <p className="text-sm text-muted-foreground">Invoice from Tally</p>
          <h1 className="mt-1 text-4xl font-semibold tracking-tight tabular-nums">{formatUsd(invoice.amountCents)}</h1>
        </div>
        {paid && (
          <p className="inline-flex items-center gap-1.5 rounded-full bg-success/10 px-3 py-1 text-sm font-medium text-success">
            <CircleCheck aria-hidden className="size-4" />
            Paid
          </p>
        )}
      </div>
      <dl className="mt-6 space-y-2 text-sm">
        {details.map((detail) => (
          <div key={detail.label} className="flex flex-wrap justify-between gap-x-4">
            <dt className="text-muted-foreground">{detail.label}</dt>
            <dd className="font-medium break-all">{detail.value}</dd>
          </div>
        ))}
      </dl>
      <table className="mt-6 w-full text-sm">
        <caption className="sr-only">Invoice lines</caption>
        <thead className="border-b border-border text-left text-xs text-muted-foreground">
          <tr>
            <th scope="col" className="py-2 font-medium">
              Description
            </th>
            <th scope="col" className="py-2 text-right font-medium">
              Amount
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          <tr>
            <td className="py-3">
              <span className="font-medium">{plan ? `Tally ${plan.name}` : "Tally plan change"}</span>
              {plan && (
                <span className="block text-muted-foreground">
                  Monthly subscription · {formatCredits(plan.monthlyCredits)}
                </span>
              )}
            </td>
            <td className="py-3 text-right tabular-nums">{formatUsd(invoice.amountCents)}</td>
          </tr>
          <tr>
            <th scope="row" className="py-3 text-left font-semibold">
              {paid ? "Amount paid" : "Amount due"}
            </th>
            <td className="py-3 text-right font-semibold tabular-nums">{formatUsd(invoice.amountCents)}</td>
          </tr>
        </tbody>
      </table>
      {paymentState && (
        <div className="mt-6 space-y-3">
          {paymentState === "declined" && (
            <ErrorAlert>
              <p>{OPEN_NOTICE.declined}</p>
            </ErrorAlert>
          )}
          {paymentState === "requires_action" && (
            <Notice>
              <p>{OPEN_NOTICE.requires_action}</p>
            </Notice>
          )}
          <PayInvoiceButton
            invoiceId={invoice.id}
            label={paymentState === "requires_action" ? "Confirm payment" : `Pay ${formatUsd(invoice.amountCents)}`}
          />
          {paymentState !== "requires_action" && (
            <Link href="/billing/sandbox/portal" className={buttonClasses({ variant: "ghost", className: "w-full" })}>
              Use another card
            </Link>
          )}
        </div>
      )}
      <p className="mt-6 rounded-lg bg-subtle px-3.5 py-2.5 text-xs text-muted-foreground">
        Test mode: this invoice stands in for Stripe&apos;s hosted invoice. No card was charged.
        {paid && invoice.paymentIntentId && (
          <>
            {" "}
            <Link
              href={`/billing/sandbox/payments/${invoice.paymentIntentId}`}
              className="font-medium text-accent underline-offset-2 hover:underline"
            >
              Refund or dispute this payment
            </Link>
          </>
        )}
      </p>
      <Link href="/settings/billing" className={buttonClasses({ variant: "secondary", className: "mt-6 w-full" })}>
        Back to billing
      </Link>
    </Card>
  );
}
