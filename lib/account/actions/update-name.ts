"use server";

import { z } from "zod";
import { authedAction } from "@/lib/actions/action";
import { db } from "@/lib/db";

/** The name Tally greets the person with (avatar initials, emails). */
export const updateName = authedAction(
  z.object({ name: z.string().trim().min(1, "Tell us your name").max(80, "Use at most 80 characters") }),
  async ({ name }, { user }) => {
    await db().user.update({ where: { id: user.id }, data: { name } });
    return { name };
  },
  { rateLimit: "mutation" },
);
