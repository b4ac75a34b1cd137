"use client";

import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { Dialog, DialogContent } from "@/components/ui/dialog";

/**
 * A request's detail as a modal over the list. It is open while the URL names the request, so it can
 * be shared and the back button closes it; closing it (Esc, the button, the overlay) goes to `closeHref`.
 */
export function RequestDialog({ closeHref, children }: { closeHref: string; children: ReactNode }) {
  const router = useRouter();
  return (
    <Dialog defaultOpen onOpenChange={(open) => !open && router.push(closeHref, { scroll: false })}>
      {/* The title is the detail's own heading (id request-title); there is no separate description. */}
      <DialogContent aria-labelledby="request-title" aria-describedby={undefined}>
        <div className="max-h-[85dvh] overflow-y-auto p-5 sm:p-6">{children}</div>
      </DialogContent>
    </Dialog>
  );
}
