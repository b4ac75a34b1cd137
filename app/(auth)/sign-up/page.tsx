import type { Metadata } from "next";
import Link from "next/link";
import { PLANS } from "@/config/plans";
import { formatCredits } from "@/components/format";
import { enabledOAuthProviders } from "@/lib/auth/options";
import { AuthCard } from "../_components/auth-card";
import { OAuthButtons } from "../_components/oauth-buttons";
import { redirectIfSignedIn } from "../_lib/redirect-if-signed-in";
import { SignUpForm } from "../_components/sign-up-form";

export const metadata: Metadata = { title: "Create your account" };

export default async function SignUpPage() {
  await redirectIfSignedIn();
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
      <OAuthButtons providers={enabledOAuthProviders()} />
      <SignUpForm />
    </AuthCard>
  );
}
