"use client";

import { useTheme } from "next-themes";
import { Toaster as Sonner } from "sonner";

// shadcn/ui's sonner Toaster, drawn with Tally's colour tokens so it follows light and dark. Confirmations
// of what an action changed are toasts; refusals stay beside the form they belong to.

export function Toaster() {
  const { resolvedTheme } = useTheme();
  return (
    <Sonner
      theme={resolvedTheme === "dark" ? "dark" : "light"}
      position="bottom-right"
      // Long enough to read a two-sentence confirmation; hovering or focusing a toast pauses it.
      duration={8000}
      closeButton
      style={
        {
          "--normal-bg": "var(--surface)",
          "--normal-text": "var(--foreground)",
          "--normal-border": "var(--border)",
          "--success-bg": "var(--surface)",
          "--success-text": "var(--foreground)",
          "--success-border": "var(--border)",
        } as React.CSSProperties
      }
      toastOptions={{ classNames: { toast: "rounded-xl shadow-lg text-sm", icon: "text-success" } }}
    />
  );
}
