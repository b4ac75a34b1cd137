import { handleStripeWebhook } from "@/lib/billing/webhooks/handle";

export const dynamic = "force-dynamic";

/** Stripe webhooks: the signature is checked on the exact raw body. */
export async function POST(request: Request) {
  const { status, body } = await handleStripeWebhook(await request.text(), request.headers.get("stripe-signature"));
  return Response.json(body, { status });
}
