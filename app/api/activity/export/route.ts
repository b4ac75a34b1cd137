import { errorResponse } from "@/lib/actions/route";
import { activityCsv, exportFileName } from "@/lib/activity/export";
import { parseActivityFilters } from "@/lib/activity/filters";
import { resolveRange } from "@/lib/activity/range";
import { getSessionUser } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

/**
 * The signed-in person's requests for the Activity filters in the query string (range, model, kind),
 * as a streamed CSV download. The user comes from the session only.
 */
export async function GET(request: Request) {
  const user = await getSessionUser();
  if (!user)
    return errorResponse({ code: "UNAUTHENTICATED", message: "Your session has ended. Please sign in again." });
  const parsed = parseActivityFilters(new URL(request.url).searchParams);
  if (!parsed.ok) return errorResponse(parsed);
  const { model, kind } = parsed.filters;
  const range = resolveRange({ filters: parsed.filters, timeZone: user.timeZone, now: new Date() });
  return new Response(activityCsv({ userId: user.id, range, model, kind }), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${exportFileName({ range })}"`,
      "cache-control": "no-store",
    },
  });
}
