import "server-only";
import { handleStripeWebhook } from "../webhooks/handle";
import { connectWebhookSecret, stripe, webhookSecret } from "../stripe";
import { AppError } from "@/lib/errors";
import { StripeError, type SandboxEvent } from "./emulator";

/** Sends sandbox events through the very same webhook handler, signed exactly as Stripe signs them. */
export async function deliverSandboxEvents(events: SandboxEvent[]) {
  const client = await stripe();
  for (const event of events) {
    const payload = JSON.stringify(event);
    // A connected account's event is signed with the Connect endpoint's secret, as Stripe does.
    const secret = (event.account ? connectWebhookSecret() : null) ?? webhookSecret();
    const signature = client.webhooks.generateTestHeaderString({ payload, secret });
    const { status } = await handleStripeWebhook(payload, signature);
    if (status !== 200) throw new Error(`sandbox webhook ${event.type} answered ${status}`);
  }
}

/**
 * Runs a sandbox step (a payment, a refund, a dispute…) and delivers its events. Stripe's refusals
 * (already paid, already refunded) are said as a conflict, not a crash.
 */
export async function runSandboxStep(run: () => Promise<SandboxEvent[]>) {
  const events = await run().catch((error: unknown) => {
    if (error instanceof StripeError && error.status === 400) throw new AppError("CONFLICT", `${error.message}.`);
    throw error;
  });
  await deliverSandboxEvents(events);
  return events;
}
