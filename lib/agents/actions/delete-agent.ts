"use server";

import { z } from "zod";
import { authedAction } from "@/lib/actions/action";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { idSchema } from "@/lib/chat/schemas";

/** Deletes an agent; its past conversations stay, as plain chats at the same model. */
export const deleteAgent = authedAction(
  z.object({ agentId: idSchema }),
  async ({ agentId }, { user }) => {
    const { count } = await db().agent.deleteMany({ where: { id: agentId, userId: user.id } });
    if (count === 0) throw new AppError("NOT_FOUND", "That agent does not exist.");
    return { agentId };
  },
  { rateLimit: "mutation" },
);
