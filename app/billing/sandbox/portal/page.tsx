import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { isTestCard } from "@/lib/billing/sandbox/emulator";
import { billingMode, stripe } from "@/lib/billing/stripe";
import { db } from "@/lib/db";
import { BillingDisabled } from "../_components/billing-disabled";
import { PortalCard } from "./_components/portal-card";

export const metadata: Metadata = { title: "Billing portal" };

/**
 * Test mode's stand-in for Stripe's Customer Portal: the saved card and the invoices still open. The
 * customer is the signed-in person's own (never one named in the URL).
 */
export default async function SandboxPortalPage() {
  const user = await requireUser();
  const mode = billingMode();
  if (mode === "off") return <BillingDisabled />;
  if (mode !== "test") notFound();
  const { stripeCustomerId } = await db().user.findUniqueOrThrow({
    where: { id: user.id },
    select: { stripeCustomerId: true },
  });
  if (!stripeCustomerId) notFound();
  const client = await stripe();
  const [customer, open] = await Promise.all([
    client.customers.retrieve(stripeCustomerId),
    client.invoices.list({ customer: stripeCustomerId, status: "open", limit: 10 }),
  ]);
  const saved = !customer.deleted ? customer.invoice_settings.default_payment_method : null;
  const invoices = open.data.map((invoice) => ({
    id: invoice.id,
    amountCents: invoice.amount_due,
    createdAt: new Date(invoice.created * 1000),
  }));
  return (
    <PortalCard
      email={user.email}
      card={isTestCard(saved) ? saved : "pm_card_visa"}
      invoices={invoices}
      timeZone={user.timeZone}
    />
  );
}
