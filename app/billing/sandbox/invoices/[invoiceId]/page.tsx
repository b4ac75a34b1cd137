import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { BillingDisabled } from "../../_components/billing-disabled";
import { getBillingOverview } from "@/lib/billing/queries";
import { billingMode, stripe } from "@/lib/billing/stripe";
import { InvoiceCard } from "./_components/invoice-card";
import { openInvoiceState } from "@/lib/billing/sandbox/invoice-payment";

export const metadata: Metadata = { title: "Invoice" };

type Props = { params: Promise<{ invoiceId: string }> };

/** Test mode's stand-in for Stripe's hosted invoice page, read from the person's own invoices so only they can see it. */
export default async function SandboxInvoicePage({ params }: Props) {
  const user = await requireUser();
  const mode = billingMode();
  if (mode === "off") return <BillingDisabled />;
  if (mode !== "test") notFound();
  const [{ invoiceId }, overview] = await Promise.all([params, getBillingOverview({ userId: user.id })]);
  const invoice = overview.invoices.find((candidate) => candidate.id === invoiceId);
  if (!invoice) notFound();
  const paymentState =
    invoice.status === "open"
      ? await openInvoiceState(await (await stripe()).invoices.retrieve(invoice.id, { expand: ["payments"] }))
      : null;
  return <InvoiceCard invoice={invoice} paymentState={paymentState} email={user.email} timeZone={user.timeZone} />;
}
