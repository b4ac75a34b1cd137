"use server";

import { z } from "zod";
import { authedAction } from "@/lib/actions/action";
import { takeEarningsAsCredits as takeAsCredits } from "../payouts";

/** Takes the approved affiliate earnings as credits, at once (1.2 credits per cent). */
export const takeEarningsAsCredits = authedAction(
  z.object({}),
  async (_input, { user }) => takeAsCredits({ userId: user.id }),
  { rateLimit: "mutation" },
);
