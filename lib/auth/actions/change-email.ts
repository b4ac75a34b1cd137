"use server";

import { z } from "zod";
import { authedAction } from "@/lib/actions/action";
import { requestEmailChange } from "../account-changes";

/** Settings › Profile: asks the new address to confirm (the change waits for its link). */
export const changeEmail = authedAction(
  z.object({
    newEmail: z.email("Enter a valid email address").max(200),
    currentPassword: z.string().min(1, "Enter your current password").max(200),
  }),
  async ({ newEmail, currentPassword }, { user }) => requestEmailChange({ userId: user.id, newEmail, currentPassword }),
  { rateLimit: "mutation" },
);
