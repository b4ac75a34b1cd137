import { formatUsd, PLAN_LIST } from "@/config/plans";
import { formatCredits, formatNumber } from "@/components/format";
import type { getBillingOverview } from "@/lib/billing/queries";

export type BillingOverview = Awaited<ReturnType<typeof getBillingOverview>>;
export type Invoice = BillingOverview["invoices"][number];

/** The plan a subscription invoice was for (from its charged line); a prorated upgrade is not a monthly plan invoice. */
export function planForInvoice(invoice: Invoice) {
  return invoice.upgrade ? null : (PLAN_LIST.find((plan) => plan.id === invoice.planId) ?? null);
}

type Reversal = Pick<
  BillingOverview["purchases"][number]["reversals"][number],
  "kind" | "status" | "amountCents" | "taken" | "shortfall"
>;

/** One line on what went back of a payment (a refund, a dispute) and what that did to the credits it bought. */
export function reversalNote(reversal: Reversal) {
  const money = formatUsd(reversal.amountCents);
  const spent = reversal.shortfall > 0 ? ` (${formatNumber(reversal.shortfall)} had already been spent)` : "";
  if (reversal.kind === "REFUND") return `Refunded ${money}: ${formatCredits(reversal.taken)} taken back${spent}.`;
  if (reversal.status === "FROZEN")
    return `Disputed ${money}: ${formatCredits(reversal.taken)} frozen until the dispute closes.`;
  if (reversal.status === "RELEASED") return `Dispute won: the ${formatCredits(reversal.taken)} frozen are back.`;
  return `Dispute lost (${money}): ${formatCredits(reversal.taken)} taken back${spent}.`;
}
