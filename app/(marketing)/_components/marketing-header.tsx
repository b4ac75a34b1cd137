import Link from "next/link";
import { Logo } from "@/components/logo";
import { ThemeToggle } from "@/components/theme-toggle";
import { buttonClasses } from "@/components/ui/button";
import { getSessionUser } from "@/lib/auth/session";
import { SECTIONS, SECTION_LIST } from "./sections";

export async function MarketingHeader() {
  const user = await getSessionUser();
  return (
    <header className="sticky top-0 z-30 border-b border-border bg-background/85 backdrop-blur">
      <div className="mx-auto flex h-16 max-w-6xl items-center gap-3 px-4 sm:px-6">
        <Logo />
        <nav aria-label="Sections" className="ml-6 hidden lg:block">
          <ul className="flex gap-1">
            {SECTION_LIST.map((section) => (
              <li key={section.id}>
                <Link
                  href={section.href}
                  className="rounded-lg px-3 py-2 text-sm text-muted-foreground hover:text-foreground"
                >
                  {section.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto flex items-center gap-1.5 sm:gap-2">
          <Link
            href={SECTIONS.pricing.href}
            className={buttonClasses({ variant: "ghost", size: "sm", className: "hidden sm:inline-flex lg:hidden" })}
          >
            {SECTIONS.pricing.label}
          </Link>
          <ThemeToggle />
          {user ? (
            <Link href="/chat" className={buttonClasses({ size: "sm" })}>
              Open app
            </Link>
          ) : (
            <>
              <Link href="/sign-in" className={buttonClasses({ variant: "ghost", size: "sm" })}>
                Sign in
              </Link>
              <Link href="/sign-up" className={buttonClasses({ size: "sm" })}>
                Get started
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
