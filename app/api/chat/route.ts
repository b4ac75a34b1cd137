import { authedRoute } from "@/lib/actions/route";
import { respond } from "@/lib/chat/respond";
import { chatMessageSchema } from "@/lib/chat/schemas";
import { ndjsonStream } from "@/lib/http/ndjson";

export const dynamic = "force-dynamic";

/**
 * Streams one chat answer as NDJSON events: `start` (conversation, price), `token`…, then `done`
 * (the charged reply) or `error` (code and message; nothing charged). Stop = abort the request.
 */
export const POST = authedRoute(
  chatMessageSchema,
  async (input, { user, request }) =>
    ndjsonStream(async (send) => {
      const reply = await respond({
        ...input,
        userId: user.id,
        signal: request.signal,
        onStart: (info) => send({ type: "start", ...info }),
        onToken: (text) => send({ type: "token", text }),
      });
      send({ type: "done", reply });
    }),
  { rateLimit: "paidRequest" },
);
