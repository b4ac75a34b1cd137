"use client";

import { FormError } from "@/components/forms/form-error";
import { useActionFlow } from "@/components/forms/use-action-flow";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import type { CreditPackId } from "@/config/plans";
import { buyPack } from "@/lib/billing/actions/buy-pack";

export function BuyPackButton({ packId, label }: { packId: CreditPackId; label: string }) {
  const { run, busy, running, failure } = useActionFlow();
  return (
    <>
      <Button variant="secondary" size="sm" disabled={busy} onClick={() => run(packId, () => buyPack({ packId }))}>
        {running && <Spinner />}
        {label}
      </Button>
      <FormError failure={failure} className="basis-full" />
    </>
  );
}
