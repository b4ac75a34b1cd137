"use server";

import { z } from "zod";
import { authedAction } from "@/lib/actions/action";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { idSchema } from "../schemas";

const schema = z.object({
  conversationId: idSchema,
  title: z.string().trim().min(1, "Give it a name").max(80, "Use at most 80 characters"),
});

export const renameConversation = authedAction(
  schema,
  async ({ conversationId, title }, { user }) => {
    const { count } = await db().conversation.updateMany({
      where: { id: conversationId, userId: user.id },
      data: { title },
    });
    if (count === 0) throw new AppError("NOT_FOUND", "That conversation does not exist.");
    return { conversationId, title };
  },
  { rateLimit: "mutation" },
);
