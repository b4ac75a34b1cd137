"use client";

import { FormError } from "@/components/forms/form-error";
import { useActionFlow } from "@/components/forms/use-action-flow";
import { Spinner } from "@/components/ui/spinner";
import { openPortal } from "@/lib/billing/actions/open-portal";

/** Opens Stripe's Customer Portal, where the person updates their card and pays what is due. */
export function UpdateCardButton() {
  const { run, busy, running, failure } = useActionFlow();
  return (
    <>
      <button
        type="button"
        disabled={busy}
        onClick={() => run("portal", () => openPortal({}))}
        className="inline-flex shrink-0 items-center gap-1.5 rounded font-semibold underline underline-offset-2 disabled:opacity-60"
      >
        {running && <Spinner />}
        Update card
      </button>
      <FormError failure={failure} className="basis-full" />
    </>
  );
}
