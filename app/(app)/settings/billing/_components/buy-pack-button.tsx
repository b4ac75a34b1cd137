"use client";

import { ActionFlash } from "@/components/forms/action-flash";
import { useActionFlow } from "@/components/forms/use-action-flow";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import type { CreditPackId } from "@/config/plans";
import { buyPack } from "@/lib/billing/actions/buy-pack";

export function BuyPackButton({ packId, label }: { packId: CreditPackId; label: string }) {
  const { run, busy, running, flash } = useActionFlow();
  return (
    <>
      <Button variant="secondary" size="sm" disabled={busy} onClick={() => run(packId, () => buyPack({ packId }))}>
        {running && <Spinner />}
        {label}
      </Button>
      <ActionFlash flash={flash} className="basis-full" />
    </>
  );
}
