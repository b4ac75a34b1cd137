import { PLAN_LIST } from "@/config/plans";
import type { getBillingOverview } from "@/lib/billing/queries";

export type BillingOverview = Awaited<ReturnType<typeof getBillingOverview>>;
export type Invoice = BillingOverview["invoices"][number];

/** The plan a subscription invoice was for (from its charged line); a prorated upgrade is not a monthly plan invoice. */
export function planForInvoice(invoice: Invoice) {
  return invoice.upgrade ? null : (PLAN_LIST.find((plan) => plan.id === invoice.planId) ?? null);
}
