import type { Metadata } from "next";
import Link from "next/link";
import { ErrorAlert } from "@/components/ui/alert";
import { tokenIsUsable } from "@/lib/auth/tokens";
import { AuthCard } from "../../_components/auth-card";
import { ConfirmLinkButton } from "../../_components/confirm-link-button";

export const metadata: Metadata = { title: "Confirm your new email" };

type Props = { params: Promise<{ token: string }> };

/** Where the link sent to a new address lands: the change takes effect with the button. */
export default async function ConfirmEmailChangePage({ params }: Props) {
  const { token } = await params;
  const usable = await tokenIsUsable({ token, purpose: "CHANGE_EMAIL" });
  return (
    <AuthCard
      title="Confirm your new email"
      description="Your Tally account will use this address from now on."
      footer={
        <Link href="/settings/profile" className="rounded font-medium text-accent underline-offset-2 hover:underline">
          Go to your profile
        </Link>
      }
    >
      {usable ? (
        <ConfirmLinkButton token={token} kind="change-email" />
      ) : (
        <ErrorAlert>
          <p>This link has expired or was already used. Ask for the change again in Settings › Profile.</p>
        </ErrorAlert>
      )}
    </AuthCard>
  );
}
