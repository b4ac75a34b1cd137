"use server";

import { z } from "zod";
import { authedAction } from "@/lib/actions/action";
import { ensureCustomer } from "../customers";
import { appUrl, requireBilling, stripe } from "../stripe";

/** Opens the Stripe Customer Portal (payment methods, invoices, plan changes). */
export const openPortal = authedAction(
  z.object({}),
  async (_input, { user }) => {
    requireBilling();
    const customer = await ensureCustomer(user.id);
    const session = await (
      await stripe()
    ).billingPortal.sessions.create({ customer, return_url: `${appUrl()}/settings/billing` });
    return { redirectUrl: session.url };
  },
  { rateLimit: "billing" },
);
