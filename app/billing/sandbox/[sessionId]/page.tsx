import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { BillingDisabled } from "../_components/billing-disabled";
import { appUrl, billingMode, stripe } from "@/lib/billing/stripe";
import { CheckoutCard } from "./_components/checkout-card";
import { toSandboxCheckout } from "./_lib/checkout";

export const metadata: Metadata = { title: "Test checkout" };

type Props = { params: Promise<{ sessionId: string }> };

export default async function SandboxCheckoutPage({ params }: Props) {
  const user = await requireUser();
  const mode = billingMode();
  if (mode === "off") return <BillingDisabled />;
  if (mode !== "test") notFound();
  const { sessionId } = await params;
  const session = await (await stripe()).checkout.sessions.retrieve(sessionId).catch(() => null);
  if (!session || session.metadata?.userId !== user.id) notFound();
  return <CheckoutCard checkout={toSandboxCheckout(session, appUrl())} email={user.email} />;
}
