import "server-only";
import { createHash } from "node:crypto";
import Stripe from "stripe";
import { type CreditPackId } from "@/config/plans";
import { appUrlOf, billingModeOf, env, type BillingMode } from "@/lib/env";
import { AppError } from "@/lib/errors";

export type PaidPlan = "STARTER" | "PRO";

/** Price ids: from the environment with real Stripe, fixed ids in the sandbox. */
export function priceIds() {
  const e = env();
  return {
    STARTER: e.STRIPE_PRICE_STARTER ?? "price_sandbox_starter",
    PRO: e.STRIPE_PRICE_PRO ?? "price_sandbox_pro",
    "pack-500": e.STRIPE_PRICE_PACK_500 ?? "price_sandbox_pack_500",
    "pack-1500": e.STRIPE_PRICE_PACK_1500 ?? "price_sandbox_pack_1500",
    "pack-5000": e.STRIPE_PRICE_PACK_5000 ?? "price_sandbox_pack_5000",
  } satisfies Record<PaidPlan | CreditPackId, string>;
}

export function planForPrice(priceId: string): PaidPlan | null {
  const ids = priceIds();
  return priceId === ids.STARTER ? "STARTER" : priceId === ids.PRO ? "PRO" : null;
}

/** How this server takes payments: real Stripe, the built-in sandbox (test mode), or not at all (lib/env.ts). */
export function billingMode(): BillingMode {
  return billingModeOf(env());
}

/** Test mode: payments go through the built-in sandbox and nothing is really charged. */
export function isSandbox() {
  return billingMode() === "test";
}

export const BILLING_DISABLED_MESSAGE =
  "Payments are not set up on this server, so plans and credit packs cannot be bought here.";

/** Refuses every billing action when billing is off. */
export function requireBilling() {
  if (billingMode() === "off") throw new AppError("BILLING_DISABLED", BILLING_DISABLED_MESSAGE);
}

const sandboxSecret = (salt: string) =>
  `whsec_sandbox_${createHash("sha256")
    .update(`${salt}${env().NEXTAUTH_SECRET ?? "tally"}`)
    .digest("hex")
    .slice(0, 32)}`;

export function webhookSecret() {
  return env().STRIPE_WEBHOOK_SECRET ?? sandboxSecret("");
}

/**
 * The Connect endpoint's signing secret: Stripe sends connected accounts' events (account.updated) to a
 * Connect endpoint with its own secret. Null with real Stripe when it is not set (those events are then
 * refused, and Tally reads an account on the affiliate's "Check again" and at the monthly transfer run).
 */
export function connectWebhookSecret() {
  if (billingMode() === "test") return sandboxSecret("connect:");
  return env().STRIPE_CONNECT_WEBHOOK_SECRET ?? null;
}

/**
 * Payouts as money (Stripe Connect): always in test mode (the sandbox emulates Connect), with real Stripe
 * only when the operator says Connect is enabled on the account (STRIPE_CONNECT=1), never with billing off.
 */
export function moneyPayoutsEnabled() {
  const mode = billingMode();
  return mode === "test" || (mode === "stripe" && env().STRIPE_CONNECT === "1");
}

export const MONEY_PAYOUTS_OFF_MESSAGE =
  "Payouts in money are not set up on this server: take your earnings as credits instead.";

export function requireMoneyPayouts() {
  requireBilling();
  if (!moneyPayoutsEnabled()) throw new AppError("PAYOUTS_DISABLED", MONEY_PAYOUTS_OFF_MESSAGE);
}

export function appUrl() {
  const url = appUrlOf(env());
  // Start-up refuses a production server without NEXTAUTH_URL, so this only guards a misconfigured caller.
  if (!url) throw new AppError("INTERNAL", "NEXTAUTH_URL is not set.");
  return url;
}

/**
 * The Stripe SDK: real Stripe with STRIPE_SECRET_KEY (or another API host via STRIPE_API_BASE, as the
 * tests do); in test mode the same SDK pointed at the sandbox, served on a loopback port of this process
 * that answers only this process's random key. Billing off: BILLING_DISABLED.
 */
export async function stripe(): Promise<Stripe> {
  const { STRIPE_SECRET_KEY, STRIPE_API_BASE } = env();
  const mode = billingMode();
  requireBilling();
  if (mode === "stripe" && STRIPE_SECRET_KEY) {
    const base = STRIPE_API_BASE ? new URL(STRIPE_API_BASE) : null;
    return new Stripe(STRIPE_SECRET_KEY, {
      maxNetworkRetries: 2,
      ...(base
        ? {
            host: base.hostname,
            port: Number(base.port || 80),
            protocol: base.protocol.replace(":", "") as "http" | "https",
          }
        : {}),
    });
  }
  // Test mode only: the emulator is loaded here, never on a server with real Stripe or billing off.
  return (await import("./sandbox/instance")).sandboxStripe();
}
