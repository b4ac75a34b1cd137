"use server";

import { authedAction } from "@/lib/actions/action";
import { runCouncil } from "../run";
import { councilRequestSchema } from "../schemas";

/** Council Mode without streaming (the page streams through /api/council, which runs the same code). */
export const runCouncilAction = authedAction(
  councilRequestSchema,
  ({ requestId, prompt, models }, { user }) => runCouncil({ userId: user.id, requestId, prompt, models }),
  { rateLimit: "paidRequest" },
);
