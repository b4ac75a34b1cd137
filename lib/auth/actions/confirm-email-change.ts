"use server";

import { z } from "zod";
import { publicAction } from "@/lib/actions/action";
import { confirmEmailChange } from "../account-changes";

/** The button on the page the link to the new address opens. */
export const confirmNewEmail = publicAction(z.object({ token: z.string().min(20).max(100) }), async ({ token }) =>
  confirmEmailChange({ token }),
);
