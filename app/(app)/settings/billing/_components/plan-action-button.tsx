"use client";

import { useState, type ReactNode } from "react";
import { FormError } from "@/components/forms/form-error";
import { useActionFlow, type ActionOutcome } from "@/components/forms/use-action-flow";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Spinner } from "@/components/ui/spinner";
import type { ActionResult } from "@/lib/actions/action";
import { setCancellation } from "@/lib/billing/actions/set-cancellation";
import { startPlanChange } from "@/lib/billing/actions/start-plan-change";

export type PlanAction = { kind: "change"; plan: "STARTER" | "PRO" } | { kind: "cancel" } | { kind: "resume" };

export interface PlanConfirm {
  title: string;
  body: string[];
  confirmLabel: string;
  cancelLabel?: string;
}

function perform(action: PlanAction): Promise<ActionResult<unknown>> {
  switch (action.kind) {
    case "change":
      return startPlanChange({ plan: action.plan });
    case "cancel":
      return setCancellation({ cancel: true });
    case "resume":
      return setCancellation({ cancel: false });
  }
}

/**
 * An upgrade waits for its payment: a declined card changes nothing (said as an error, the banner
 * offers the card update); a 3-D Secure check goes straight to the invoice page to confirm it.
 */
function outcomeOf(data: unknown, doneMessage: string | undefined): ActionOutcome {
  const { change, invoiceUrl } = (data ?? {}) as { change?: string; invoiceUrl?: string | null };
  if (change === "payment-failed") {
    return {
      failed: true,
      message:
        "Your card was declined, so your plan and credits are unchanged and nothing was charged. Update your card to finish the upgrade.",
    };
  }
  if (change === "action-required")
    return {
      redirectUrl: invoiceUrl,
      message: "Your bank asks you to confirm this payment. Confirm it to finish the upgrade.",
    };
  return { message: doneMessage };
}

interface PlanActionButtonProps {
  action?: PlanAction;
  label?: string;
  /** For changes made in place (no checkout page): what will happen and when, confirmed first. */
  confirm?: PlanConfirm;
  /** Said once a change made in place is done. */
  doneMessage?: string;
  primary?: boolean;
  className?: string;
  /**
   * Shown instead of the button when there is nothing to do here (the current plan, or one already
   * scheduled). The same component stays on screen as a plan changes, so its message survives.
   */
  settled?: ReactNode;
}

/** Upgrade, switch, cancel or resume a plan: to Stripe Checkout from Free, otherwise in place. */
export function PlanActionButton({
  action,
  label,
  confirm,
  doneMessage,
  primary = false,
  className,
  settled,
}: PlanActionButtonProps) {
  const { run, busy, running, failure } = useActionFlow();
  const [confirming, setConfirming] = useState(false);

  function go() {
    if (!action) return;
    setConfirming(false);
    run(
      action.kind,
      () => perform(action),
      (data) => outcomeOf(data, doneMessage),
    );
  }

  return (
    <div className="space-y-3">
      {settled ??
        (action && (
          <Button
            variant={primary ? "primary" : "secondary"}
            className={className}
            disabled={busy}
            onClick={confirm ? () => setConfirming(true) : go}
          >
            {running === action.kind && <Spinner />}
            {label}
          </Button>
        ))}
      {confirm && (
        <ConfirmDialog
          open={confirming}
          tone="primary"
          title={confirm.title}
          description={confirm.body.map((line) => (
            <p key={line}>{line}</p>
          ))}
          confirmLabel={confirm.confirmLabel}
          cancelLabel={confirm.cancelLabel ?? "Not now"}
          onConfirm={go}
          onClose={() => setConfirming(false)}
        />
      )}
      <FormError failure={failure} />
    </div>
  );
}
