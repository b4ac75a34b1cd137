import Link from "next/link";
import { Logo } from "@/components/logo";
import { SECTION_LIST } from "./sections";

export function MarketingFooter() {
  return (
    <footer className="border-t border-border bg-surface">
      <div className="mx-auto flex max-w-6xl flex-col gap-8 px-4 py-10 sm:px-6 md:flex-row md:justify-between">
        <div className="max-w-sm space-y-3">
          <Logo />
          <p className="text-sm text-muted-foreground">
            One balance for chat, images, video, Council Mode and agents. Every price is shown before you send, and
            failed requests cost nothing.
          </p>
        </div>
        <nav aria-label="Footer" className="grid grid-cols-2 content-start gap-x-12 gap-y-2 text-sm">
          {SECTION_LIST.map((section) => (
            <Link key={section.id} href={section.href} className="rounded text-muted-foreground hover:text-foreground">
              {section.label}
            </Link>
          ))}
        </nav>
      </div>
    </footer>
  );
}
