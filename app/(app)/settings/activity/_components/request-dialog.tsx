"use client";

import { X } from "lucide-react";
import { useRouter } from "next/navigation";
import { useEffect, useRef, type ReactNode } from "react";
import { Button } from "@/components/ui/button";

/**
 * A request's detail as a modal over the list. It is open while the URL names the request, so it can
 * be shared and the back button closes it; closing it (Esc, the button, the backdrop) goes to `closeHref`.
 */
export function RequestDialog({ closeHref, children }: { closeHref: string; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const router = useRouter();
  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby="request-title"
      onClose={() => router.push(closeHref, { scroll: false })}
      onClick={(event) => {
        if (event.target === event.currentTarget) event.currentTarget.close();
      }}
      className="m-auto w-[calc(100%-1.5rem)] max-w-xl rounded-2xl border border-border bg-surface p-0 text-foreground shadow-2xl backdrop:bg-black/50 backdrop:backdrop-blur-[2px]"
    >
      <div className="max-h-[85dvh] overflow-y-auto p-5 sm:p-6">{children}</div>
      <form method="dialog" className="absolute top-3 right-3">
        <Button type="submit" variant="ghost" size="icon" aria-label="Close">
          <X aria-hidden />
        </Button>
      </form>
    </dialog>
  );
}
