import { authedRoute } from "@/lib/actions/route";
import { runCouncil } from "@/lib/council/run";
import { councilRequestSchema } from "@/lib/council/schemas";
import { ndjsonStream } from "@/lib/http/ndjson";

export const dynamic = "force-dynamic";

/** Streams a council run as NDJSON: `start`, `token` (per model), `answered`/`failed` per model, then `done`. */
export const POST = authedRoute(
  councilRequestSchema,
  async ({ requestId, prompt, models }, { user, request }) =>
    ndjsonStream(async (send) => {
      const summary = await runCouncil({ userId: user.id, requestId, prompt, models, signal: request.signal, send });
      send({ type: "done", summary });
    }),
  { rateLimit: "paidRequest" },
);
