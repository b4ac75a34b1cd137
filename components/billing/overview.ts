import { PLAN_LIST } from "@/config/plans";
import type { getBillingOverview } from "@/lib/billing/queries";

export type BillingOverview = Awaited<ReturnType<typeof getBillingOverview>>;
export type Invoice = BillingOverview["invoices"][number];

/** The plan a subscription invoice was for, matched by its price; a prorated upgrade matches none. */
export function planForInvoice(invoice: Invoice) {
  return PLAN_LIST.find((plan) => plan.priceCents === invoice.amountCents) ?? null;
}
