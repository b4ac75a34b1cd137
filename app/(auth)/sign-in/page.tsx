import type { Metadata } from "next";
import Link from "next/link";
import { enabledOAuthProviders } from "@/lib/auth/options";
import { DEMO_ACCOUNT } from "@/lib/demo";
import { env } from "@/lib/env";
import { AuthCard } from "../_components/auth-card";
import { OAuthButtons } from "../_components/oauth-buttons";
import { redirectIfSignedIn } from "../_lib/redirect-if-signed-in";
import { SignInForm } from "../_components/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

/** Only same-site paths: an absolute or protocol-relative URL could send people to another site. */
function safeCallbackUrl(value: string | string[] | undefined) {
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\") ? value : "/chat";
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await redirectIfSignedIn();
  const { callbackUrl } = await searchParams;
  const demoAccount = env().TALLY_LOCAL_MODE ? { email: DEMO_ACCOUNT.email, password: DEMO_ACCOUNT.password } : null;
  return (
    <AuthCard
      title="Sign in to Tally"
      description="Welcome back. Your credits are where you left them."
      footer={
        <>
          New to Tally?{" "}
          <Link href="/sign-up" className="rounded font-medium text-accent underline-offset-2 hover:underline">
            Create an account
          </Link>
        </>
      }
    >
      <OAuthButtons providers={enabledOAuthProviders()} />
      <SignInForm callbackUrl={safeCallbackUrl(callbackUrl)} demoAccount={demoAccount} />
    </AuthCard>
  );
}
