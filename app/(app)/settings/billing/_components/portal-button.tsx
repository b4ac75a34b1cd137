"use client";

import { ExternalLink } from "lucide-react";
import { FormError } from "@/components/forms/form-error";
import { useActionFlow } from "@/components/forms/use-action-flow";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { openPortal } from "@/lib/billing/actions/open-portal";

/** Stripe's Customer Portal, for cards and billing details. */
export function PortalButton() {
  const { run, busy, running, failure } = useActionFlow();
  return (
    <div className="space-y-3">
      <Button variant="ghost" disabled={busy} onClick={() => run("portal", () => openPortal({}))}>
        {running ? <Spinner /> : <ExternalLink aria-hidden />}
        Manage payment methods
      </Button>
      <FormError failure={failure} />
    </div>
  );
}
