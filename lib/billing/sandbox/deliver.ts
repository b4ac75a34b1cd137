import "server-only";
import { handleStripeWebhook } from "../webhooks/handle";
import { stripe, webhookSecret } from "../stripe";
import type { SandboxEvent } from "./emulator";

/** Sends sandbox events through the very same webhook handler, signed exactly as Stripe signs them. */
export async function deliverSandboxEvents(events: SandboxEvent[]) {
  const client = await stripe();
  for (const event of events) {
    const payload = JSON.stringify(event);
    const signature = client.webhooks.generateTestHeaderString({ payload, secret: webhookSecret() });
    const { status } = await handleStripeWebhook(payload, signature);
    if (status !== 200) throw new Error(`sandbox webhook ${event.type} answered ${status}`);
  }
}
