"use server";

import { authedAction } from "@/lib/actions/action";
import { db } from "@/lib/db";
import { respond } from "../respond";
import { chatMessageSchema } from "../schemas";

/**
 * Sends one chat (or agent) message without streaming: charged the model's per-message price, or
 * nothing if the model fails. The streaming route (/api/chat) runs the same `respond`.
 */
export const sendChatMessage = authedAction(
  chatMessageSchema,
  async (input, { user }) => {
    const reply = await respond({ ...input, userId: user.id });
    const wallet = await db().wallet.findUniqueOrThrow({ where: { userId: user.id }, select: { available: true } });
    return { ...reply, balance: wallet.available };
  },
  { rateLimit: "paidRequest" },
);
