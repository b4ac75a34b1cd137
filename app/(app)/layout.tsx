import type { ReactNode } from "react";
import { PLANS } from "@/config/plans";
import { formatCredits } from "@/components/format";
import { Logo } from "@/components/logo";
import { ThemeToggle } from "@/components/theme-toggle";
import { CreditBalance } from "./_components/credit-balance";
import { LowBalanceBanner } from "./_components/low-balance-banner";
import { MobileNav } from "./_components/mobile-nav";
import { PaymentProblemBanner } from "./_components/payment-problem-banner";
import { NavLinks } from "./_components/nav-links";
import { UserMenu } from "./_components/user-menu";
import { VerifyEmailBanner } from "./_components/verify-email-banner";
import { getAccount } from "./_lib/account";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const { user, balance } = await getAccount();
  const plan = PLANS[user.plan];
  return (
    <div className="min-h-dvh md:grid md:grid-cols-[15rem_minmax(0,1fr)]">
      <div className="hidden border-r border-border bg-surface md:block">
        <div className="sticky top-0 flex h-dvh flex-col">
          <div className="flex h-16 items-center px-5">
            <Logo href="/chat" label="Tally" />
          </div>
          <nav aria-label="Main" className="flex-1 overflow-y-auto px-3 py-2">
            <NavLinks />
          </nav>
          <div className="m-3 rounded-xl bg-subtle px-4 py-3 text-sm">
            <p className="font-medium">{plan.name} plan</p>
            <p className="text-muted-foreground">{formatCredits(plan.monthlyCredits)} a month</p>
          </div>
        </div>
      </div>
      <div className="flex min-w-0 flex-col">
        <header className="sticky top-0 z-30 flex h-16 items-center gap-2 border-b border-border bg-background/85 px-3 backdrop-blur sm:px-6">
          <MobileNav />
          <Logo href="/chat" label="Tally" className="md:hidden" wordmarkClassName="max-sm:sr-only" />
          <div className="ml-auto flex items-center gap-1.5 sm:gap-2">
            <CreditBalance available={balance?.available ?? 0} held={balance?.held ?? 0} />
            <ThemeToggle />
            <UserMenu name={user.name} email={user.email} />
          </div>
        </header>
        {!user.emailVerifiedAt && <VerifyEmailBanner email={user.email} />}
        <PaymentProblemBanner userId={user.id} timeZone={user.timeZone} />
        <LowBalanceBanner userId={user.id} available={balance?.available ?? 0} />
        <main id="main" className="flex-1 px-4 py-6 sm:px-6 lg:px-10 lg:py-8">
          {children}
        </main>
      </div>
    </div>
  );
}
