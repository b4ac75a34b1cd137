import { Gift } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { PLANS, REFERRAL_BONUS } from "@/config/plans";
import { formatCredits } from "@/components/format";
import { Notice } from "@/components/ui/alert";
import { enabledOAuthProviders } from "@/lib/auth/options";
import { AuthCard } from "../_components/auth-card";
import { OAuthButtons } from "../_components/oauth-buttons";
import { redirectIfSignedIn } from "../_lib/redirect-if-signed-in";
import { SignUpForm } from "../_components/sign-up-form";

export const metadata: Metadata = { title: "Create your account" };

type Props = { searchParams: Promise<{ ref?: string | string[] }> };

export default async function SignUpPage({ searchParams }: Props) {
  await redirectIfSignedIn();
  const { ref } = await searchParams;
  return (
    <AuthCard
      title="Create your account"
      description={`Start on the Free plan with ${formatCredits(PLANS.FREE.monthlyCredits)} a month. No card needed.`}
      footer={
        <>
          Already have an account?{" "}
          <Link href="/sign-in" className="rounded font-medium text-accent underline-offset-2 hover:underline">
            Sign in
          </Link>
        </>
      }
    >
      {ref && (
        <Notice icon={Gift}>
          <p>
            You were invited — you&apos;ll both get bonus credits when you first pay:{" "}
            {formatCredits(REFERRAL_BONUS.referee)} for you, {formatCredits(REFERRAL_BONUS.referrer)} for your friend.
          </p>
        </Notice>
      )}
      <OAuthButtons providers={enabledOAuthProviders()} />
      <SignUpForm />
    </AuthCard>
  );
}
