import { errorResponse } from "@/lib/actions/route";
import { affiliateCsv } from "@/lib/affiliate/export";
import { getSessionUser } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

/** The signed-in affiliate's commissions as a CSV download; the user comes from the session only. */
export async function GET() {
  const user = await getSessionUser();
  if (!user)
    return errorResponse({ code: "UNAUTHENTICATED", message: "Your session has ended. Please sign in again." });
  return new Response(await affiliateCsv(user.id), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="tally-affiliate-commissions.csv"`,
      "cache-control": "no-store",
    },
  });
}
