"use server";

import { authedAction } from "@/lib/actions/action";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { idSchema } from "@/lib/chat/schemas";
import { agentFieldsSchema } from "../schemas";

const schema = agentFieldsSchema.extend({ agentId: idSchema.optional() });

/** Creates an agent, or updates one of the person's own agents when `agentId` is given. */
export const saveAgent = authedAction(
  schema,
  async ({ agentId, starterPrompts, ...fields }, { user }) => {
    const data = { ...fields, starterPrompts: JSON.stringify(starterPrompts) };
    if (!agentId) return db().agent.create({ data: { ...data, userId: user.id } });
    const { count } = await db().agent.updateMany({ where: { id: agentId, userId: user.id }, data });
    if (count === 0) throw new AppError("NOT_FOUND", "That agent does not exist.");
    return db().agent.findUniqueOrThrow({ where: { id: agentId } });
  },
  { rateLimit: "mutation" },
);
