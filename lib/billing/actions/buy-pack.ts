"use server";

import { randomUUID } from "node:crypto";
import { z } from "zod";
import { CREDIT_PACKS, type CreditPackId } from "@/config/plans";
import { authedAction } from "@/lib/actions/action";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ensureCustomer } from "../customers";
import { appUrl, priceIds, requireBilling, stripe } from "../stripe";

const schema = z.object({
  packId: z.enum(Object.keys(CREDIT_PACKS) as [CreditPackId, ...CreditPackId[]], { error: "Unknown credit pack" }),
});

/** Starts a Stripe Checkout (payment mode) for a credit pack; credits arrive from the webhook once paid. */
export const buyPack = authedAction(
  schema,
  async ({ packId }, { user }) => {
    requireBilling();
    const pack = CREDIT_PACKS[packId];
    const customer = await ensureCustomer(user.id);
    // Known before the session exists, so that coming back through the cancel URL names the purchase.
    const purchaseId = randomUUID();
    const session = await (
      await stripe()
    ).checkout.sessions.create({
      mode: "payment",
      customer,
      client_reference_id: user.id,
      line_items: [{ price: priceIds()[packId], quantity: 1 }],
      metadata: { userId: user.id, packId },
      success_url: `${appUrl()}/settings/billing?checkout=success`,
      cancel_url: `${appUrl()}/settings/billing?checkout=cancelled&purchase=${purchaseId}`,
    });
    if (!session.url) throw new AppError("INTERNAL", "Stripe did not return a checkout page.");
    await db().packPurchase.create({
      data: {
        id: purchaseId,
        userId: user.id,
        checkoutSessionId: session.id,
        packId,
        credits: pack.credits,
        amountCents: pack.priceCents,
      },
    });
    return { redirectUrl: session.url };
  },
  { rateLimit: "billing" },
);
