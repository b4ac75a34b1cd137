import Link from "next/link";
import { formatUsd } from "@/config/plans";
import { reversalNote } from "@/components/billing/overview";
import { formatCredits, formatDate } from "@/components/format";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { SandboxPayment } from "../_lib/payment";
import { PaymentTools } from "./payment-tools";

const DISPUTE_STATUS: Record<string, string> = { won: "Dispute won", lost: "Dispute lost" };

/** A look-alike of a payment in Stripe's Dashboard, with the refund and dispute buttons test mode offers. */
export function PaymentCard({ payment, timeZone }: { payment: SandboxPayment; timeZone: string }) {
  const refundable = payment.amountCents - payment.refundedCents;
  const details = [
    {
      label: "Paid for",
      value: `${payment.kind === "PACK" ? "Credit pack" : "Plan"} · ${formatCredits(payment.credits)}`,
    },
    { label: "Date", value: formatDate(payment.paidAt, timeZone) },
    { label: "Refunded", value: formatUsd(payment.refundedCents) },
    { label: "Dispute", value: payment.dispute ? (DISPUTE_STATUS[payment.dispute.status] ?? "Open") : "None" },
  ];
  return (
    <Card className="w-full max-w-lg space-y-6 self-start p-6 sm:p-8">
      <div>
        <p className="text-sm text-muted-foreground">Payment to Tally</p>
        <h1 className="mt-1 text-4xl font-semibold tracking-tight tabular-nums">{formatUsd(payment.amountCents)}</h1>
      </div>
      <dl className="space-y-2 text-sm">
        {details.map((detail) => (
          <div key={detail.label} className="flex flex-wrap justify-between gap-x-4">
            <dt className="text-muted-foreground">{detail.label}</dt>
            <dd className="font-medium">{detail.value}</dd>
          </div>
        ))}
      </dl>
      {payment.reversals.length > 0 && (
        <section aria-labelledby="credits-after" className="space-y-2">
          <h2 id="credits-after" className="text-sm font-semibold">
            What happened to the credits
          </h2>
          <ul className="space-y-1 text-sm text-muted-foreground">
            {payment.reversals.map((reversal) => (
              <li key={reversal.id}>{reversalNote(reversal)}</li>
            ))}
          </ul>
        </section>
      )}
      <PaymentTools
        paymentIntentId={payment.paymentIntentId}
        refundableCents={refundable}
        // Stripe refuses to refund a charged-back payment (open or lost); after a won dispute it may be refunded.
        canRefund={refundable > 0 && (!payment.dispute || payment.dispute.status === "won")}
        canDispute={!payment.dispute && refundable > 0}
        disputeOpen={payment.dispute?.open ?? false}
      />
      <p className="rounded-lg bg-subtle px-3.5 py-2.5 text-xs text-muted-foreground">
        Test mode: these buttons do what Stripe&apos;s Dashboard (a refund) or the cardholder&apos;s bank (a dispute)
        would, and send the same signed events.
      </p>
      <Link href="/settings/billing" className={buttonClasses({ variant: "secondary", className: "w-full" })}>
        Back to billing
      </Link>
    </Card>
  );
}
