import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { billingMode } from "@/lib/billing/stripe";
import { BillingDisabled } from "../../_components/billing-disabled";
import { PaymentCard } from "./_components/payment-card";
import { getSandboxPayment } from "./_lib/payment";

export const metadata: Metadata = { title: "Test payment" };

type Props = { params: Promise<{ paymentIntentId: string }> };

/** Test mode: one of the person's payments, with what Stripe's Dashboard or their bank could do to it. */
export default async function SandboxPaymentPage({ params }: Props) {
  const user = await requireUser();
  const mode = billingMode();
  if (mode === "off") return <BillingDisabled />;
  if (mode !== "test") notFound();
  const { paymentIntentId } = await params;
  const payment = await getSandboxPayment({ userId: user.id, paymentIntentId });
  if (!payment) notFound();
  return <PaymentCard payment={payment} timeZone={user.timeZone} />;
}
