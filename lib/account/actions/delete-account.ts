"use server";

import { z } from "zod";
import { authedAction } from "@/lib/actions/action";
import { AppError } from "@/lib/errors";
import { deleteAccount } from "../delete-account";

/** Settings › Profile › Delete account: the person types their email to confirm. */
export const deleteOwnAccount = authedAction(
  z.object({ confirmEmail: z.string().trim().max(200) }),
  async ({ confirmEmail }, { user }) => {
    if (confirmEmail.toLowerCase() !== user.email.toLowerCase()) {
      throw new AppError("INVALID_INPUT", "Type your email exactly as shown to confirm.", {
        fieldErrors: { confirmEmail: ["Type your email exactly as shown."] },
      });
    }
    await deleteAccount({ userId: user.id });
    return { deleted: true };
  },
  { rateLimit: "mutation" },
);
