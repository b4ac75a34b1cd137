import "server-only";
import { cache } from "react";
import { requireUser } from "@/lib/auth/session";
import { rolloverIfDue } from "@/lib/credits";
import { getBalance } from "@/lib/credits/queries";

/**
 * The signed-in user and their balance, after the lazy monthly reset. Cached per request because
 * the layout and a page render in parallel: both must read the balance after the reset.
 */
export const getAccount = cache(async () => {
  const user = await requireUser();
  await rolloverIfDue({ userId: user.id });
  const balance = await getBalance({ userId: user.id });
  return { user, balance };
});
