import type { Metadata } from "next";
import Link from "next/link";
import { PLANS } from "@/config/plans";
import { formatNumber } from "@/components/format";
import { ErrorAlert } from "@/components/ui/alert";
import { tokenIsUsable } from "@/lib/auth/tokens";
import { AuthCard } from "../../_components/auth-card";
import { ConfirmLinkButton } from "../../_components/confirm-link-button";

export const metadata: Metadata = { title: "Confirm your email" };

type Props = { params: Promise<{ token: string }> };

/**
 * Where the emailed link lands. Opening it changes nothing (mail scanners open links too): the button
 * uses the token. Works signed in or not, on any device.
 */
export default async function VerifyEmailPage({ params }: Props) {
  const { token } = await params;
  const usable = await tokenIsUsable({ token, purpose: "VERIFY_EMAIL" });
  return (
    <AuthCard
      title="Confirm your email"
      description={`One click, and your ${formatNumber(PLANS.FREE.monthlyCredits)} free credits are yours.`}
      footer={
        <Link href="/chat" className="rounded font-medium text-accent underline-offset-2 hover:underline">
          Go to Tally
        </Link>
      }
    >
      {usable ? (
        <ConfirmLinkButton token={token} kind="verify" />
      ) : (
        <ErrorAlert>
          <p>This link has expired or was already used. Sign in and choose &quot;Resend link&quot; for a new one.</p>
        </ErrorAlert>
      )}
    </AuthCard>
  );
}
