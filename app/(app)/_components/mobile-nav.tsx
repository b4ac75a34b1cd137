"use client";

import { Menu, X } from "lucide-react";
import { useRef, useState } from "react";
import { Logo } from "@/components/logo";
import { Button } from "@/components/ui/button";
import { NavLinks } from "./nav-links";

/** The sidebar as a drawer on phones. A modal <dialog> traps focus and closes on Escape for free. */
export function MobileNav() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const close = () => dialog.current?.close();

  return (
    <>
      <Button
        variant="ghost"
        size="icon"
        className="md:hidden"
        aria-label="Open navigation"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls="mobile-navigation"
        onClick={() => {
          dialog.current?.showModal();
          setOpen(true);
        }}
      >
        <Menu aria-hidden />
      </Button>
      <dialog
        id="mobile-navigation"
        ref={dialog}
        aria-label="Navigation"
        onClose={() => setOpen(false)}
        // A click on the dialog itself is a click on the backdrop; a click on a link navigates away.
        onClick={(event) => {
          if (event.target === event.currentTarget || (event.target as Element).closest("a")) close();
        }}
        className="h-dvh max-h-none w-72 max-w-[85vw] border-r border-border bg-surface text-foreground shadow-xl backdrop:bg-black/50 md:hidden"
      >
        <div className="flex h-full flex-col">
          <div className="flex h-16 items-center justify-between px-4">
            <Logo href="/chat" label="Tally" />
            <Button variant="ghost" size="icon" aria-label="Close navigation" onClick={close}>
              <X aria-hidden />
            </Button>
          </div>
          <nav aria-label="Main" className="px-3 py-2">
            <NavLinks />
          </nav>
        </div>
      </dialog>
    </>
  );
}
