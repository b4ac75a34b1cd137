"use server";

import { z } from "zod";
import { authedAction } from "@/lib/actions/action";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ensureCustomer } from "../customers";
import { recordPaymentProblem, settleInvoice } from "../invoices";
import { appUrl, priceIds, requireBilling, stripe } from "../stripe";
import { syncSubscription } from "../subscriptions";

const schema = z.object({ plan: z.enum(["STARTER", "PRO"], { error: "Choose Starter or Pro" }) });

/**
 * Moves to a paid plan. Without a subscription: Stripe Checkout (subscription mode), credits come
 * from the paid invoice's webhook. With one, the price changes in place:
 * - an upgrade bills the prorated difference at once with `payment_behavior: "pending_if_incomplete"`,
 *   so Stripe switches the price only when that invoice is paid: a declined card or a 3-D Secure
 *   check leaves the subscription (and the person's credits) exactly as they were, with nothing to
 *   undo, and the answer says what to do. The new allowance is granted from the paid invoice, right
 *   here from Stripe's answer (the webhook that follows is then a no-op);
 * - a downgrade takes effect at the end of the period.
 */
export const startPlanChange = authedAction(
  schema,
  async ({ plan }, { user }) => {
    requireBilling();
    const subscription = await db().subscription.findUnique({ where: { userId: user.id } });
    const client = await stripe();
    if (!subscription) {
      const customer = await ensureCustomer(user.id);
      const session = await client.checkout.sessions.create({
        mode: "subscription",
        customer,
        client_reference_id: user.id,
        line_items: [{ price: priceIds()[plan], quantity: 1 }],
        metadata: { userId: user.id, plan },
        subscription_data: { metadata: { userId: user.id } },
        success_url: `${appUrl()}/settings/billing?checkout=success`,
        cancel_url: `${appUrl()}/settings/billing?checkout=cancelled`,
      });
      if (!session.url) throw new AppError("INTERNAL", "Stripe did not return a checkout page.");
      return { redirectUrl: session.url };
    }
    const id = subscription.stripeSubscriptionId;
    const current = await client.subscriptions.retrieve(id);
    const item = current.items.data[0];
    if (!item) throw new AppError("CONFLICT", "Your subscription has no plan to change.");
    if (current.pending_update)
      throw new AppError(
        "CONFLICT",
        "Your last plan change is still waiting for its payment. Pay or update your card first.",
      );
    // Changing plan also keeps it: a scheduled cancellation is lifted (a pending update cannot carry it).
    if (current.cancel_at_period_end) await client.subscriptions.update(id, { cancel_at_period_end: false });
    if (plan !== "PRO") {
      await client.subscriptions.update(id, {
        items: [{ id: item.id, price: priceIds()[plan] }],
        proration_behavior: "none",
      });
      const { change } = await syncSubscription(id);
      return { redirectUrl: null, change };
    }
    const updated = await client.subscriptions.update(id, {
      items: [{ id: item.id, price: priceIds()[plan] }],
      proration_behavior: "always_invoice",
      payment_behavior: "pending_if_incomplete",
    });
    const invoiceId = typeof updated.latest_invoice === "string" ? updated.latest_invoice : updated.latest_invoice?.id;
    if (!updated.pending_update) {
      if (invoiceId) await settleInvoice(invoiceId);
      await syncSubscription(id);
      return { redirectUrl: null, change: "upgraded" as const };
    }
    const problem = invoiceId ? await recordPaymentProblem(invoiceId, "DECLINED") : null;
    const actionRequired = problem?.recorded && problem.kind === "ACTION_REQUIRED";
    return {
      redirectUrl: null,
      change: actionRequired ? ("action-required" as const) : ("payment-failed" as const),
      invoiceUrl: problem?.recorded ? problem.invoiceUrl : null,
    };
  },
  { rateLimit: "billing" },
);
