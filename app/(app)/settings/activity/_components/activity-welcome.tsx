import { History } from "lucide-react";
import Link from "next/link";
import type { Balance } from "@/lib/credits/queries";
import { buttonClasses } from "@/components/ui/button";
import { BalanceSummary } from "./balance-summary";

/** What a new account sees before its first request: what will appear here, and where to start. */
export function ActivityWelcome({ balance, timeZone }: { balance: Balance | null; timeZone: string }) {
  return (
    <div className="space-y-6">
      <section
        aria-labelledby="activity-title"
        className="flex flex-col items-center rounded-2xl border border-dashed border-border bg-surface px-6 py-12 text-center"
      >
        <span className="flex size-12 items-center justify-center rounded-2xl bg-accent-subtle text-accent-subtle-foreground">
          <History aria-hidden className="size-6" />
        </span>
        <h2 id="activity-title" className="mt-4 text-lg font-semibold tracking-tight">
          No activity yet
        </h2>
        <p className="mt-2 max-w-md text-sm text-muted-foreground">
          Every chat message, image, video and council answer will show up here with exactly what it cost. If a model
          fails, you will see the request as refunded: it costs nothing.
        </p>
        <div className="mt-6 flex flex-wrap justify-center gap-3">
          <Link href="/chat" className={buttonClasses()}>
            Start a chat
          </Link>
          <Link href="/settings/billing" className={buttonClasses({ variant: "secondary" })}>
            See plans and prices
          </Link>
        </div>
      </section>
      <BalanceSummary balance={balance} timeZone={timeZone} />
    </div>
  );
}
