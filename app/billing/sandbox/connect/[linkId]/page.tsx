import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { sandboxOnboardingOf } from "@/lib/affiliate/sandbox-onboarding";
import { requireUser } from "@/lib/auth/session";
import { billingMode } from "@/lib/billing/stripe";
import { BillingDisabled } from "../../_components/billing-disabled";
import { OnboardingForm } from "./_components/onboarding-form";

export const metadata: Metadata = { title: "Set up payouts" };

type Props = { params: Promise<{ linkId: string }> };

/** Test mode's stand-in for Stripe's hosted Express onboarding, for the signed-in person's own account only. */
export default async function SandboxOnboardingPage({ params }: Props) {
  const user = await requireUser();
  const mode = billingMode();
  if (mode === "off") return <BillingDisabled />;
  if (mode !== "test") notFound();
  const { linkId } = await params;
  const link = await sandboxOnboardingOf(linkId, user.id);
  if (!link) notFound();
  return <OnboardingForm linkId={linkId} email={user.email} returnUrl={link.return_url} />;
}
