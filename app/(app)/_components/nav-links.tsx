"use client";

import { Bot, Clapperboard, ImageIcon, MessageSquare, Settings, UsersRound } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

const NAV_ITEMS = [
  { href: "/chat", label: "Chat", icon: MessageSquare },
  { href: "/images", label: "Images", icon: ImageIcon },
  { href: "/video", label: "Video", icon: Clapperboard },
  { href: "/council", label: "Council", icon: UsersRound },
  { href: "/agents", label: "Agents", icon: Bot },
  { href: "/settings/profile", section: "/settings", label: "Settings", icon: Settings },
];

function isActive(pathname: string, section: string) {
  return pathname === section || pathname.startsWith(`${section}/`);
}

export function NavLinks() {
  const pathname = usePathname();
  return (
    <ul className="space-y-1">
      {NAV_ITEMS.map(({ href, section, label, icon: Icon }) => {
        const active = isActive(pathname, section ?? href);
        return (
          <li key={href}>
            <Link
              href={href}
              aria-current={active ? "page" : undefined}
              className={cn(
                "flex items-center gap-3 rounded-lg px-3 py-2 text-sm font-medium transition-colors",
                active
                  ? "bg-accent-subtle text-accent-subtle-foreground"
                  : "text-muted-foreground hover:bg-subtle hover:text-foreground",
              )}
            >
              <Icon aria-hidden className="size-4 shrink-0" />
              {label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
