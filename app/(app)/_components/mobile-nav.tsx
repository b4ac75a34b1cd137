"use client";

import { Menu, X } from "lucide-react";
import { useState } from "react";
import { Logo } from "@/components/logo";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogTitle, DialogTrigger, SheetContent } from "@/components/ui/dialog";
import { NavLinks } from "./nav-links";

/** The sidebar as a drawer (a Sheet) on phones: focus trapped, Escape or the overlay closes it, a link too. */
export function MobileNav() {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="ghost" size="icon" className="md:hidden" aria-label="Open navigation">
          <Menu aria-hidden />
        </Button>
      </DialogTrigger>
      <SheetContent
        aria-describedby={undefined}
        className="md:hidden"
        // A click on a link navigates away: the drawer closes with it.
        onClick={(event) => (event.target as Element).closest("a") && setOpen(false)}
      >
        <DialogTitle className="sr-only">Navigation</DialogTitle>
        <div className="flex h-16 items-center justify-between px-4">
          <Logo href="/chat" label="Tally" />
          <DialogClose asChild>
            <Button variant="ghost" size="icon" aria-label="Close navigation">
              <X aria-hidden />
            </Button>
          </DialogClose>
        </div>
        <nav aria-label="Main" className="px-3 py-2">
          <NavLinks />
        </nav>
      </SheetContent>
    </Dialog>
  );
}
