import type { Server } from "node:http";
import Stripe from "stripe";
import { afterAll, beforeAll, expect } from "vitest";
import type { SandboxEvent } from "@/lib/billing/sandbox/emulator";

/**
 * The real Stripe SDK against the local Stripe stand-in over HTTP, with webhooks signed for real.
 * Import it before anything that reads the environment (it sets Stripe's keys), and mock
 * `@/lib/auth/session` in the test file.
 */
export const WEBHOOK_SECRET = "whsec_test_secret";
export const CONNECT_WEBHOOK_SECRET = "whsec_test_connect_secret";
Object.assign(process.env, {
  STRIPE_SECRET_KEY: "sk_test_standin",
  STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
  STRIPE_CONNECT: "1",
  STRIPE_CONNECT_WEBHOOK_SECRET: CONNECT_WEBHOOK_SECRET,
  STRIPE_PRICE_STARTER: "price_starter",
  STRIPE_PRICE_PRO: "price_pro",
  STRIPE_PRICE_PACK_500: "price_pack_500",
  STRIPE_PRICE_PACK_1500: "price_pack_1500",
  STRIPE_PRICE_PACK_5000: "price_pack_5000",
  TALLY_LOCAL_AI_DELAY_MS: "0",
});
const { sandboxEmulator } = await import("@/lib/billing/sandbox/instance");
const { startSandboxServer } = await import("@/lib/billing/sandbox/server");
const { POST: webhook } = await import("@/app/api/stripe/webhook/route");
export { sandboxEmulator, webhook };

/** Events the stand-in sent because of API calls (an upgrade's invoice, a refund): tests deliver them. */
export const apiEvents: SandboxEvent[] = [];

/** Starts the stand-in for the test file and points the SDK at it. */
export function runStripeStandIn() {
  let server: Server;
  beforeAll(async () => {
    const started = await startSandboxServer(sandboxEmulator(), {
      apiKey: "sk_test_standin",
      onEvents: (events) => void apiEvents.push(...events),
    });
    server = started.server;
    process.env.STRIPE_API_BASE = `http://127.0.0.1:${started.port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
}

/** The events API calls caused so far, taken out of the queue. */
export function takeApiEvents() {
  return apiEvents.splice(0, apiEvents.length);
}

const signer = new Stripe("sk_test_signer");
type Event = { id: string; type: string; account?: string };

/** Signed as Stripe signs it: a connected account's event (Connect) with the Connect endpoint's secret. */
export async function deliver(
  event: Event,
  {
    secret = event.account ? CONNECT_WEBHOOK_SECRET : WEBHOOK_SECRET,
    timestamp,
  }: { secret?: string; timestamp?: number } = {},
) {
  const payload = JSON.stringify(event);
  const signature = signer.webhooks.generateTestHeaderString({ payload, secret, timestamp });
  return webhook(
    new Request("http://localhost/api/stripe/webhook", {
      method: "POST",
      body: payload,
      headers: { "stripe-signature": signature },
    }),
  );
}

/** Stripe's at-least-once, any-order delivery: every event 5 times, shuffled. */
export async function deliverChaotically(events: Event[]) {
  const deliveries = events.flatMap((event) => Array.from({ length: 5 }, () => event));
  for (let i = deliveries.length - 1; i > 0; i -= 1) {
    const j = Math.floor(Math.random() * (i + 1));
    [deliveries[i], deliveries[j]] = [deliveries[j]!, deliveries[i]!];
  }
  for (const event of deliveries) expect((await deliver(event)).status).toBe(200);
}

export const sessionIdOf = (url: string) => url.split("/").pop()!;

export async function checkout(action: Promise<unknown>) {
  const result = (await action) as { ok: boolean; data?: { redirectUrl: string | null } };
  expect(result.ok).toBe(true);
  return sessionIdOf(result.data!.redirectUrl!);
}
