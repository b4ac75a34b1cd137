"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "./cn";

// Tabs whose panels are pages. shadcn's Tabs (Radix) switch panels inside one page; Settings' sections
// each have their own URL (a link can be opened in a new tab, Back returns, each loads only its data),
// so they are links in a labelled nav with aria-current, drawn as tabs.

export interface NavTab {
  href: string;
  label: string;
}

export function NavTabs({ label, tabs }: { label: string; tabs: readonly NavTab[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="-mx-4 overflow-x-auto border-b border-border px-4 sm:mx-0 sm:px-0">
      <ul className="flex gap-1">
        {tabs.map((tab) => {
          const active = pathname === tab.href;
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "-mb-px inline-flex h-10 items-center border-b-2 px-3 text-sm font-medium whitespace-nowrap transition-colors",
                  active
                    ? "border-accent text-foreground"
                    : "border-transparent text-muted-foreground hover:border-border hover:text-foreground",
                )}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
