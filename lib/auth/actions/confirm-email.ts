"use server";

import { z } from "zod";
import { publicAction } from "@/lib/actions/action";
import { verifyEmail } from "../verification";

/** The button on the page the emailed link opens: uses the token (once) and verifies the address. */
export const confirmEmail = publicAction(z.object({ token: z.string().min(20).max(100) }), async ({ token }) =>
  verifyEmail({ token }),
);
