import { authedAction } from "@/lib/actions/action";
import { db } from "@/lib/db";
import { respond } from "@/lib/chat/respond";
import { chatMessageSchema } from "@/lib/chat/schemas";
import { runCouncil } from "@/lib/council/run";
import { councilRequestSchema } from "@/lib/council/schemas";

// A whole paid request as one function call, for tests: the same code the streaming routes (/api/chat,
// /api/council) run, behind the same wrapper (session, paid-request rate limit, zod, typed result). Not
// server actions: nothing here can be called from a browser.

/** One chat (or agent) message without streaming, with the balance after it. */
export const sendChatMessage = authedAction(
  chatMessageSchema,
  async (input, { user }) => {
    const reply = await respond({ ...input, userId: user.id });
    const wallet = await db().wallet.findUniqueOrThrow({ where: { userId: user.id }, select: { available: true } });
    return { ...reply, balance: wallet.available };
  },
  { rateLimit: "paidRequest" },
);

/** Council Mode without streaming. */
export const runCouncilAction = authedAction(
  councilRequestSchema,
  ({ requestId, prompt, models }, { user }) => runCouncil({ userId: user.id, requestId, prompt, models }),
  { rateLimit: "paidRequest" },
);
