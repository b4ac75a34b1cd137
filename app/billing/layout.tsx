import type { ReactNode } from "react";
import { Logo } from "@/components/logo";
import { ThemeToggle } from "@/components/theme-toggle";
import { billingMode } from "@/lib/billing/stripe";
import { Badge } from "@/components/ui/badge";

/** Test-mode stand-ins for Stripe's hosted pages: outside the app shell, as Stripe's own pages are. */
export default function SandboxBillingLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="mx-auto flex h-16 w-full max-w-5xl items-center gap-3 px-4 sm:px-6">
        <Logo href="/settings/billing" label="Tally: plan and billing" />
        {billingMode() === "test" && <Badge>Test mode</Badge>}
        <div className="ml-auto">
          <ThemeToggle />
        </div>
      </header>
      <main id="main" className="flex flex-1 justify-center px-4 pt-4 pb-16 sm:px-6 sm:pt-8">
        {children}
      </main>
    </div>
  );
}
