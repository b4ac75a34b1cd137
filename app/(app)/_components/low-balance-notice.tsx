"use client";

import { TriangleAlert, X } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { formatCredits } from "@/components/format";
import { Button } from "@/components/ui/button";
import { WithTooltip } from "@/components/ui/tooltip";
import { useHydrated } from "@/components/use-hydrated";

interface LowBalanceNoticeProps {
  threshold: number;
  available: number;
  /** "name=value" of the session cookie that hides the banner until the browser closes. */
  dismissCookie: string;
}

export function LowBalanceNotice({ threshold, available, dismissCookie }: LowBalanceNoticeProps) {
  const [dismissed, setDismissed] = useState(false);
  const hydrated = useHydrated();
  if (dismissed) return null;

  function dismiss() {
    document.cookie = `${dismissCookie}; path=/; SameSite=Lax`;
    setDismissed(true);
  }

  return (
    <div role="status" className="border-b border-accent/20 bg-accent-subtle text-accent-subtle-foreground">
      <div className="flex items-center gap-3 py-2 pr-2 pl-4 text-sm sm:pr-4 sm:pl-6 lg:pl-10">
        <TriangleAlert aria-hidden className="size-4 shrink-0" />
        <p className="min-w-0 flex-1">
          <span className="font-semibold">Your balance is below {formatCredits(threshold)}.</span>{" "}
          <span className="max-sm:hidden">You have {formatCredits(available)} left.</span>
        </p>
        <div className="flex shrink-0 items-center gap-3 font-medium">
          <Link href="/settings/billing#packs" className="rounded underline underline-offset-2">
            Buy credits
          </Link>
          <Link href="/settings/billing#plans" className="rounded underline underline-offset-2">
            Upgrade
          </Link>
          <WithTooltip label="Dismiss">
            <Button
              variant="ghost"
              size="icon"
              aria-label="Dismiss until next visit"
              className="size-8 hover:bg-accent/10"
              disabled={!hydrated}
              onClick={dismiss}
            >
              <X aria-hidden />
            </Button>
          </WithTooltip>
        </div>
      </div>
    </div>
  );
}
