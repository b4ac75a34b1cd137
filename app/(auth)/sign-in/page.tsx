import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/components/ui/alert";
import { enabledOAuthProviders } from "@/lib/auth/options";
import { safeCallbackUrl } from "@/lib/auth/requested-path";
import { DEMO_ACCOUNT } from "@/lib/demo";
import { env } from "@/lib/env";
import { AuthCard } from "../_components/auth-card";
import { OAuthButtons } from "../_components/oauth-buttons";
import { redirectIfSignedIn } from "../_lib/redirect-if-signed-in";
import { SignInForm } from "../_components/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await redirectIfSignedIn();
  const query = await searchParams;
  const callbackUrl = safeCallbackUrl(query.callbackUrl);
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
      {query.account === "deleted" && (
        <Notice tone="success">
          <p>Your account and its data were deleted. Thank you for trying Tally.</p>
        </Notice>
      )}
      {query.account === "created" && (
        <Notice tone="success">
          <p>Your account is ready. Sign in with your email and password.</p>
        </Notice>
      )}
      <OAuthButtons providers={enabledOAuthProviders()} callbackUrl={callbackUrl} />
      <SignInForm callbackUrl={callbackUrl} demoAccount={demoAccount} />
    </AuthCard>
  );
}
