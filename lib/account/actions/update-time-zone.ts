"use server";

import { z } from "zod";
import { authedAction } from "@/lib/actions/action";
import { db } from "@/lib/db";
import { canonicalTimeZone } from "../time-zone";

const schema = z.object({
  timeZone: z
    .string()
    .trim()
    .min(1, "Choose a time zone")
    .max(64, "Choose a time zone from the list")
    .transform((value, context) => {
      const canonical = canonicalTimeZone(value);
      if (!canonical) context.addIssue({ code: "custom", message: `${value} is not a time zone we know` });
      return canonical ?? value;
    }),
});

/** Sets where the person's days begin (Activity's daily buckets, dates across the app). */
export const updateTimeZone = authedAction(
  schema,
  async ({ timeZone }, { user }) => {
    await db().user.update({ where: { id: user.id }, data: { timeZone } });
    return { timeZone };
  },
  { rateLimit: "mutation" },
);
