import "server-only";
import { randomBytes } from "node:crypto";
import Stripe from "stripe";
import { CREDIT_PACKS, PLANS, type CreditPackId } from "@/config/plans";
import { appUrl, priceIds } from "../stripe";
import { StripeEmulator } from "./emulator";
import { startSandboxServer } from "./server";

// Test mode's Stripe: the emulator with Tally's prices, served on a loopback port of this process. Loaded
// only by stripe() in test mode, by the sandbox pages and actions (which refuse outside it) and by tests.

export function sandboxEmulator() {
  const ids = priceIds();
  return new StripeEmulator({
    prices: [
      { id: ids.STARTER, unitAmount: PLANS.STARTER.priceCents, recurring: true, metadata: { plan: "STARTER" } },
      { id: ids.PRO, unitAmount: PLANS.PRO.priceCents, recurring: true, metadata: { plan: "PRO" } },
      ...(Object.keys(CREDIT_PACKS) as CreditPackId[]).map((pack) => ({
        id: ids[pack],
        unitAmount: CREDIT_PACKS[pack].priceCents,
        recurring: false,
        metadata: { pack },
      })),
    ],
    checkoutUrl: (sessionId) => `${appUrl()}/billing/sandbox/${sessionId}`,
    invoiceUrl: (invoiceId) => `${appUrl()}/billing/sandbox/invoices/${invoiceId}`,
    // The page reads the signed-in person's own customer and always returns to Plan & billing.
    portalUrl: () => `${appUrl()}/billing/sandbox/portal`,
    onboardingUrl: (linkId) => `${appUrl()}/billing/sandbox/connect/${linkId}`,
  });
}

const globalForSandbox = globalThis as unknown as { tallySandbox?: Promise<{ port: number; apiKey: string }> };

/** The Stripe SDK pointed at the sandbox, which answers only this process's random key. */
export async function sandboxStripe() {
  globalForSandbox.tallySandbox ??= startSandboxServer(sandboxEmulator(), {
    apiKey: `sk_test_${randomBytes(24).toString("hex")}`,
    // Imported when needed: the webhook handler itself calls stripe().
    onEvents: async (events) => (await import("./deliver")).deliverSandboxEvents(events),
  });
  const { port, apiKey } = await globalForSandbox.tallySandbox;
  return new Stripe(apiKey, { host: "127.0.0.1", port, protocol: "http", maxNetworkRetries: 0 });
}
