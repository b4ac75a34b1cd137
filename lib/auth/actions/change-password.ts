"use server";

import { z } from "zod";
import { authedAction } from "@/lib/actions/action";
import { changePassword } from "../account-changes";
import { passwordSchema } from "../password-rules";

/** Settings › Profile: a new password, given the current one; the other devices are signed out. */
export const changeOwnPassword = authedAction(
  z.object({ currentPassword: z.string().min(1, "Enter your current password").max(200), newPassword: passwordSchema }),
  async ({ currentPassword, newPassword }, { user }) =>
    changePassword({ userId: user.id, sessionId: user.sessionId, currentPassword, newPassword }),
  { rateLimit: "mutation" },
);
