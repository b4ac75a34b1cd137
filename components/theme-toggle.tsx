"use client";

import { Moon, Sun } from "lucide-react";
import { useTheme } from "next-themes";
import { Button } from "./ui/button";
import { WithTooltip } from "./ui/tooltip";

/**
 * Both icons are always rendered and CSS shows the right one, so the server HTML never depends on
 * the theme (which only the browser knows) and hydration cannot mismatch.
 */
export function ThemeToggle() {
  const { resolvedTheme, setTheme } = useTheme();
  return (
    <WithTooltip label="Toggle dark mode">
      <Button
        variant="ghost"
        size="icon"
        aria-label="Toggle dark mode"
        onClick={() => setTheme(resolvedTheme === "dark" ? "light" : "dark")}
      >
        <Sun aria-hidden className="hidden dark:block" />
        <Moon aria-hidden className="dark:hidden" />
      </Button>
    </WithTooltip>
  );
}
