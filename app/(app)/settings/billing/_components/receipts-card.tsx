import { ExternalLink } from "lucide-react";
import { CREDIT_PACKS, formatUsd } from "@/config/plans";
import { formatCredits, formatDate } from "@/components/format";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { planForInvoice, reversalNote, type BillingOverview } from "@/components/billing/overview";

const STATUS = {
  PAID: { label: "Paid", tone: "success" },
  PENDING: { label: "Pending", tone: "accent" },
  FAILED: { label: "Failed", tone: "danger" },
  // An abandoned checkout: shown so the person can see it was never charged.
  EXPIRED: { label: "Not completed", tone: "muted" },
  REFUNDED: { label: "Refunded", tone: "muted" },
  DISPUTED: { label: "Disputed", tone: "danger" },
  OTHER: { label: "", tone: "muted" },
} satisfies Record<string, { label: string; tone: BadgeTone }>;

interface Receipt {
  id: string;
  date: Date;
  description: string;
  amountCents: number;
  status: keyof typeof STATUS;
  statusLabel?: string;
  invoiceUrl?: string | null;
  /** Test mode: the sandbox page that refunds or disputes this payment. */
  testToolsUrl?: string | null;
  /** What went back of this payment, and what that did to the credits it bought. */
  notes: string[];
}

type Reversal = BillingOverview["purchases"][number]["reversals"][number];

/** "Refunded" once everything the payment bought went back, "Disputed" while a dispute is open. */
function statusAfter(
  reversals: Reversal[],
  status: keyof typeof STATUS,
  credits: number,
): { status: keyof typeof STATUS; statusLabel?: string } {
  if (reversals.some((reversal) => reversal.status === "FROZEN")) return { status: "DISPUTED" };
  const refunded = reversals
    .filter((reversal) => reversal.kind === "REFUND")
    .reduce((sum, reversal) => sum + reversal.credits, 0);
  if (reversals.some((reversal) => reversal.kind === "DISPUTE" && reversal.status === "TAKEN"))
    return { status: "REFUNDED", statusLabel: "Dispute lost" };
  if (refunded > 0) return { status: "REFUNDED", statusLabel: refunded >= credits ? undefined : "Partly refunded" };
  return { status };
}

function invoiceReceipts(invoices: BillingOverview["invoices"]): Receipt[] {
  return invoices.map((invoice) => {
    const plan = planForInvoice(invoice);
    const base = invoice.status === "paid" ? "PAID" : invoice.status === "open" ? "PENDING" : "OTHER";
    const { status, statusLabel } = statusAfter(
      invoice.reversals,
      base,
      plan?.monthlyCredits ?? Number.POSITIVE_INFINITY,
    );
    return {
      id: invoice.id,
      date: invoice.createdAt,
      description: plan ? `${plan.name} plan · monthly` : "Plan change",
      amountCents: invoice.amountCents,
      status,
      statusLabel:
        statusLabel ??
        (status === "OTHER" && invoice.status
          ? invoice.status.charAt(0).toUpperCase() + invoice.status.slice(1)
          : undefined),
      invoiceUrl: invoice.url,
      notes: invoice.reversals.map(reversalNote),
    };
  });
}

function packReceipts(purchases: BillingOverview["purchases"], testMode: boolean): Receipt[] {
  return purchases.map((purchase) => ({
    testToolsUrl: testMode && purchase.paymentIntentId ? `/billing/sandbox/payments/${purchase.paymentIntentId}` : null,
    id: purchase.id,
    date: purchase.createdAt,
    description: `Credit pack · ${formatCredits(CREDIT_PACKS[purchase.packId as keyof typeof CREDIT_PACKS]?.credits ?? purchase.credits)}`,
    amountCents: purchase.amountCents,
    ...statusAfter(purchase.reversals, purchase.status, purchase.credits),
    notes: purchase.reversals.map(reversalNote),
  }));
}

export function ReceiptsCard({
  overview,
  timeZone,
  testMode,
}: {
  overview: BillingOverview;
  timeZone: string;
  testMode: boolean;
}) {
  const receipts = [...invoiceReceipts(overview.invoices), ...packReceipts(overview.purchases, testMode)].sort(
    (a, b) => b.date.getTime() - a.date.getTime(),
  );
  return (
    <Card>
      <CardHeader>
        <CardTitle>Receipts</CardTitle>
        <CardDescription>Plan invoices and credit pack purchases.</CardDescription>
      </CardHeader>
      <CardContent>
        {receipts.length > 0 ? (
          <ul className="divide-y divide-border rounded-xl border border-border">
            {receipts.map((receipt) => (
              <li key={receipt.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1.5 px-4 py-3">
                <div className="min-w-0">
                  <p className="text-sm font-medium">{receipt.description}</p>
                  <p className="flex flex-wrap items-center gap-x-2 text-xs text-muted-foreground">
                    <time dateTime={receipt.date.toISOString()}>{formatDate(receipt.date, timeZone)}</time>
                    {receipt.invoiceUrl && (
                      <a
                        href={receipt.invoiceUrl}
                        target="_blank"
                        rel="noopener"
                        className="inline-flex items-center gap-1 rounded font-medium text-accent underline-offset-2 hover:underline"
                      >
                        View invoice
                        <ExternalLink aria-hidden className="size-3" />
                        <span className="sr-only">(opens in a new tab)</span>
                      </a>
                    )}
                    {receipt.testToolsUrl && (
                      <a
                        href={receipt.testToolsUrl}
                        className="rounded font-medium text-accent underline-offset-2 hover:underline"
                      >
                        Refund or dispute
                      </a>
                    )}
                  </p>
                  {receipt.notes.map((note) => (
                    <p key={note} className="mt-1 text-xs text-muted-foreground">
                      {note}
                    </p>
                  ))}
                </div>
                <div className="flex items-center gap-3">
                  <span className="text-sm font-medium tabular-nums">{formatUsd(receipt.amountCents)}</span>
                  <Badge tone={STATUS[receipt.status].tone}>
                    {receipt.statusLabel ?? STATUS[receipt.status].label}
                  </Badge>
                </div>
              </li>
            ))}
          </ul>
        ) : (
          <p className="rounded-xl border border-dashed border-border px-4 py-6 text-center text-sm text-muted-foreground">
            No payments yet. Invoices and pack purchases will appear here.
          </p>
        )}
      </CardContent>
    </Card>
  );
}
