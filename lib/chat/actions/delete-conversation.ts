"use server";

import { z } from "zod";
import { authedAction } from "@/lib/actions/action";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { idSchema } from "../schemas";

/** Deletes a conversation and its messages. Its charges stay in the ledger and in Activity. */
export const deleteConversation = authedAction(
  z.object({ conversationId: idSchema }),
  async ({ conversationId }, { user }) => {
    const { count } = await db().conversation.deleteMany({ where: { id: conversationId, userId: user.id } });
    if (count === 0) throw new AppError("NOT_FOUND", "That conversation does not exist.");
    return { conversationId };
  },
  { rateLimit: "mutation" },
);
