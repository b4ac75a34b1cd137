"use client";

import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import { CreditCard, LogOut, Settings } from "lucide-react";
import { signOut } from "next-auth/react";
import Link from "next/link";

function initials(name: string | null, email: string) {
  const words = (name ?? "").trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 0 ? words.slice(0, 2).map((word) => word[0]) : [email[0]];
  return letters.join("").toUpperCase();
}

const itemClasses =
  "flex cursor-pointer items-center gap-2.5 rounded-lg px-2.5 py-2 text-sm outline-none select-none data-highlighted:bg-subtle [&_svg]:size-4 [&_svg]:text-muted-foreground";

export function UserMenu({ name, email }: { name: string | null; email: string }) {
  const letters = initials(name, email);
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger
        // The visible initials start the name, so speech input ("click A T") finds the button too.
        aria-label={`${letters}, Account menu`}
        className="flex size-9 items-center justify-center rounded-full bg-accent text-xs font-semibold text-accent-foreground transition-opacity hover:opacity-90"
      >
        {letters}
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          sideOffset={8}
          className="z-50 w-64 max-w-[calc(100vw-1.5rem)] rounded-xl border border-border bg-surface p-1.5 text-foreground shadow-lg"
        >
          <DropdownMenu.Label className="px-2.5 py-2">
            {name && <p className="truncate text-sm font-medium">{name}</p>}
            <p className="truncate text-xs text-muted-foreground">{email}</p>
          </DropdownMenu.Label>
          <DropdownMenu.Separator className="my-1 h-px bg-border" />
          <DropdownMenu.Item asChild className={itemClasses}>
            <Link href="/settings/profile">
              <Settings aria-hidden />
              Settings
            </Link>
          </DropdownMenu.Item>
          <DropdownMenu.Item asChild className={itemClasses}>
            <Link href="/settings/billing">
              <CreditCard aria-hidden />
              Plan &amp; billing
            </Link>
          </DropdownMenu.Item>
          <DropdownMenu.Separator className="my-1 h-px bg-border" />
          <DropdownMenu.Item className={itemClasses} onSelect={() => void signOut({ callbackUrl: "/sign-in" })}>
            <LogOut aria-hidden />
            Sign out
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
