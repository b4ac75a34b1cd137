"use server";

import { z } from "zod";
import { authedAction } from "@/lib/actions/action";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireBilling, stripe } from "../stripe";
import { syncSubscription } from "../subscriptions";

/**
 * Cancels at the end of the period (no fees; the plan and its credits last until then), or resumes
 * a cancelled subscription before it ends.
 */
export const setCancellation = authedAction(
  z.object({ cancel: z.boolean() }),
  async ({ cancel }, { user }) => {
    requireBilling();
    const subscription = await db().subscription.findUnique({ where: { userId: user.id } });
    if (!subscription) throw new AppError("NOT_FOUND", "You have no paid plan to cancel.");
    await (await stripe()).subscriptions.update(subscription.stripeSubscriptionId, { cancel_at_period_end: cancel });
    await syncSubscription(subscription.stripeSubscriptionId);
    return { cancelAtPeriodEnd: cancel, endsAt: subscription.currentPeriodEnd };
  },
  { rateLimit: "billing" },
);
