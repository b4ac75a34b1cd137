import { PLANS } from "@/config/plans";
import { formatCredits } from "@/components/format";
import type { PlanAction, PlanConfirm } from "./plan-action-button";

interface PlanActionProps {
  action: PlanAction;
  label: string;
  confirm?: PlanConfirm;
  doneMessage: string;
}

/** Cancel (at the end of the period, after a confirm step), or resume a plan that is set to end. */
export function cancelOrResume({
  planName,
  endsOn,
  cancelling,
  label,
}: {
  planName: string;
  endsOn: string;
  cancelling: boolean;
  label: string;
}): PlanActionProps {
  if (cancelling)
    return { action: { kind: "resume" }, label: "Resume plan", doneMessage: `${planName} will renew on ${endsOn}.` };
  return {
    action: { kind: "cancel" },
    label,
    confirm: {
      title: `Cancel ${planName}?`,
      body: [
        `You keep ${planName} and your credits until ${endsOn}. After that you're on Free with ${formatCredits(PLANS.FREE.monthlyCredits)} a month. No fees, and pack credits never expire.`,
      ],
      confirmLabel: "Yes, cancel plan",
      cancelLabel: "Keep my plan",
    },
    doneMessage: "Cancelled. Nothing more will be charged.",
  };
}
