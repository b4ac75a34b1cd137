import type { Metadata } from "next";
import Link from "next/link";
import { ErrorAlert } from "@/components/ui/alert";
import { tokenIsUsable } from "@/lib/auth/tokens";
import { AuthCard } from "../../_components/auth-card";
import { NewPasswordForm } from "../../_components/new-password-form";

export const metadata: Metadata = { title: "Choose a new password" };

type Props = { params: Promise<{ token: string }> };

export default async function ResetPasswordPage({ params }: Props) {
  const { token } = await params;
  const usable = await tokenIsUsable({ token, purpose: "RESET_PASSWORD" });
  return (
    <AuthCard
      title="Choose a new password"
      description="Every device signed in to your account will be signed out."
      footer={
        <Link href="/sign-in" className="rounded font-medium text-accent underline-offset-2 hover:underline">
          Back to sign in
        </Link>
      }
    >
      {usable ? (
        <NewPasswordForm token={token} />
      ) : (
        <ErrorAlert>
          <p>
            This reset link has expired or was already used.{" "}
            <Link href="/forgot-password" className="font-semibold underline underline-offset-2">
              Ask for a new one
            </Link>
            .
          </p>
        </ErrorAlert>
      )}
    </AuthCard>
  );
}
