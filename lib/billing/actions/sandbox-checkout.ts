"use server";

import { z } from "zod";
import { authedAction } from "@/lib/actions/action";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { deliverSandboxEvents, runSandboxStep } from "../sandbox/deliver";
import { requireTestMode } from "../sandbox/mode";
import { sandboxEmulator } from "../sandbox/instance";
import { stripe } from "../stripe";

const schema = z.object({
  sessionId: z.string().startsWith("cs_test_"),
  outcome: z.enum(["paid", "async_pending", "async_succeeded", "async_failed"]),
});

/**
 * Test mode only: "pays" a sandbox Checkout Session (or lets an asynchronous payment succeed or fail)
 * and sends the resulting events, properly signed, through the real webhook handler.
 */
export const completeSandboxCheckout = authedAction(
  schema,
  async ({ sessionId, outcome }, { user }) => {
    requireTestMode();
    const session = await (await stripe()).checkout.sessions.retrieve(sessionId).catch(() => null);
    if (!session || session.metadata?.userId !== user.id) throw new AppError("NOT_FOUND", "No such checkout.");
    // A second click on Pay (or a reload) after the payment went through: nothing to do, and nothing wrong.
    if (session.status === "complete" && (outcome === "paid" || outcome === "async_pending"))
      return { mode: session.mode, alreadyPaid: true };
    await runSandboxStep(() => sandboxEmulator().completeCheckout(sessionId, outcome));
    return { mode: session.mode, alreadyPaid: false };
  },
  { rateLimit: "mutation" },
);

/** Test mode only: jumps to the end of the current period (renewal, or the end of a cancelled plan). */
export const renewSandboxSubscription = authedAction(
  z.object({}),
  async (_input, { user }) => {
    requireTestMode();
    const subscription = await db().subscription.findUnique({ where: { userId: user.id } });
    if (!subscription) throw new AppError("NOT_FOUND", "You have no paid plan.");
    const events = await sandboxEmulator().renewSubscription(subscription.stripeSubscriptionId);
    await deliverSandboxEvents(events);
    // The renewal's invoice is charged to the saved card, which may decline or ask for 3-D Secure.
    const unpaid = events.some(
      (event) => event.type === "invoice.payment_failed" || event.type === "invoice.payment_action_required",
    );
    return { renewed: true, paid: !unpaid };
  },
  { rateLimit: "mutation" },
);
