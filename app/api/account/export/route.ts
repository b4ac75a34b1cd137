import { errorResponse } from "@/lib/actions/route";
import { accountExport } from "@/lib/account/export";
import { getSessionUser } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

/** Settings › Profile › Download your data: the signed-in person's own data only, streamed as JSON. */
export async function GET() {
  const user = await getSessionUser();
  if (!user) return errorResponse({ code: "UNAUTHENTICATED", message: "Your session has ended. Please sign in again." });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(accountExport({ userId: user.id }), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="tally-data-${day}.json"`,
      "cache-control": "no-store",
    },
  });
}
