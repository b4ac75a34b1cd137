"use server";

import Stripe from "stripe";
import { z } from "zod";
import { authedAction } from "@/lib/actions/action";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { expirePackPurchase } from "../packs";
import { requireBilling, stripe } from "../stripe";

const schema = z.object({ purchaseId: z.string().min(1).max(64) });

/**
 * The person came back through the cancel URL of a pack checkout: the Checkout Session is expired at
 * Stripe (so it can no longer be paid by mistake) and the purchase leaves "Pending". If it was paid in
 * the meantime (another tab), Stripe refuses to expire it and the purchase stays as it is.
 */
export const abandonCheckout = authedAction(
  schema,
  async ({ purchaseId }, { user }) => {
    requireBilling();
    const purchase = await db().packPurchase.findFirst({
      where: { id: purchaseId, userId: user.id },
      select: { checkoutSessionId: true, status: true },
    });
    if (!purchase) throw new AppError("NOT_FOUND", "No such checkout.");
    if (purchase.status !== "PENDING") return { expired: false };
    await (await stripe()).checkout.sessions.expire(purchase.checkoutSessionId).catch((error: unknown) => {
      // Only open sessions can be expired; a completed one is settled by its own webhook.
      if (!(error instanceof Stripe.errors.StripeInvalidRequestError)) throw error;
    });
    return expirePackPurchase(purchase.checkoutSessionId);
  },
  { rateLimit: "billing" },
);
