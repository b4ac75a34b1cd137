import "server-only";
import type Stripe from "stripe";
import { CREDIT_PACKS, PLANS, formatUsd } from "@/config/plans";
import { formatCredits } from "@/components/format";

export type CheckoutState = "open" | "pending" | "paid" | "expired";

export interface SandboxCheckout {
  id: string;
  title: string;
  item: { name: string; detail: string };
  amount: string;
  recurring: boolean;
  state: CheckoutState;
  /** Only one-off payments can be made by bank transfer (as in Stripe, where subscriptions here take cards). */
  canPayLater: boolean;
  urls: { success: string; pending: string; failed: string; cancel: string; billing: string };
}

/** The success URL with another `checkout=` outcome, so the billing page can say what happened. */
function withOutcome(url: string, outcome: string) {
  const next = new URL(url);
  next.searchParams.set("checkout", outcome);
  return next.toString();
}

function describe(session: Stripe.Checkout.Session) {
  const plan = session.metadata?.plan;
  if (session.mode === "subscription" && plan && plan in PLANS) {
    const { name, monthlyCredits } = PLANS[plan as keyof typeof PLANS];
    return {
      title: `Subscribe to Tally ${name}`,
      item: { name: `${name} plan`, detail: `${formatCredits(monthlyCredits)} every month` },
    };
  }
  const pack = session.metadata?.packId;
  if (pack && pack in CREDIT_PACKS) {
    const { credits } = CREDIT_PACKS[pack as keyof typeof CREDIT_PACKS];
    return {
      title: `Buy ${formatCredits(credits)}`,
      item: { name: "Credit pack", detail: `${formatCredits(credits)} that never expire` },
    };
  }
  return {
    title: "Pay Tally",
    item: { name: "Tally", detail: session.mode === "subscription" ? "Subscription" : "One-off payment" },
  };
}

export function toSandboxCheckout(session: Stripe.Checkout.Session, appUrl: string): SandboxCheckout {
  const success = session.success_url ?? `${appUrl}/settings/billing?checkout=success`;
  const state: CheckoutState =
    session.status === "open"
      ? "open"
      : session.status === "expired"
        ? "expired"
        : session.payment_status === "paid"
          ? "paid"
          : "pending";
  return {
    id: session.id,
    ...describe(session),
    amount: formatUsd(session.amount_total ?? 0),
    recurring: session.mode === "subscription",
    state,
    canPayLater: session.mode === "payment",
    urls: {
      success,
      pending: withOutcome(success, "pending"),
      failed: withOutcome(success, "failed"),
      cancel: session.cancel_url ?? `${appUrl}/settings/billing?checkout=cancelled`,
      billing: `${appUrl}/settings/billing`,
    },
  };
}
