import { MailCheck } from "lucide-react";
import Link from "next/link";
import { PLANS } from "@/config/plans";
import { formatNumber } from "@/components/format";
import { env, isMachineLocal } from "@/lib/env";
import { ResendLinkButton } from "./resend-link-button";

/**
 * On every signed-in page until the email is verified: where the link went, what it brings, a way to
 * get another one — and, on a machine-local server without SMTP, the Outbox where the email is.
 */
export function VerifyEmailBanner({ email }: { email: string }) {
  return (
    <div role="status" className="border-b border-accent/25 bg-accent-subtle text-accent-subtle-foreground">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2 py-2.5 pr-2 pl-4 text-sm sm:pr-4 sm:pl-6 lg:pl-10">
        <MailCheck aria-hidden className="size-4 shrink-0" />
        <p className="min-w-0 flex-1">
          <span className="font-semibold">
            Confirm your email to get your {formatNumber(PLANS.FREE.monthlyCredits)} free credits.
          </span>{" "}
          We sent a link to <span className="font-medium break-all">{email}</span>.
        </p>
        {isMachineLocal(env()) && (
          <Link href="/outbox" className="shrink-0 rounded font-semibold underline underline-offset-2">
            Open the outbox
          </Link>
        )}
        <ResendLinkButton />
      </div>
    </div>
  );
}
