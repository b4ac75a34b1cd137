"use server";

import { z } from "zod";
import { authedAction } from "@/lib/actions/action";
import { startPayoutOnboarding as start } from "../connect";

/** Sends the affiliate to Stripe's onboarding for payouts in money (their Express account, made once). */
export const startPayoutOnboarding = authedAction(
  z.object({}),
  async (_input, { user }) => start({ userId: user.id, email: user.email }),
  { rateLimit: "mutation" },
);
