"use server";

import { z } from "zod";
import { publicAction } from "@/lib/actions/action";
import { resetPassword } from "../password-reset";
import { passwordSchema } from "../password-rules";

/** The form the reset link opens: a new password, then every session of the account ends. */
export const setNewPassword = publicAction(
  z.object({ token: z.string().min(20).max(100), password: passwordSchema }),
  async ({ token, password }) => resetPassword({ token, password }),
);
