import { errorResponse } from "@/lib/actions/route";
import { accountExport } from "@/lib/account/export";
import { accountExportZip } from "@/lib/account/export-zip";
import { getSessionUser } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

/**
 * Settings › Profile › Download your data: the signed-in person's own data only, streamed. JSON by default;
 * `?format=zip` adds the images, clips and posters themselves.
 */
export async function GET(request: Request) {
  const user = await getSessionUser();
  if (!user)
    return errorResponse({ code: "UNAUTHENTICATED", message: "Your session has ended. Please sign in again." });
  const day = new Date().toISOString().slice(0, 10);
  const zip = new URL(request.url).searchParams.get("format") === "zip";
  return new Response(zip ? await accountExportZip({ userId: user.id }) : accountExport({ userId: user.id }), {
    headers: {
      "content-type": zip ? "application/zip" : "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="tally-data-${day}.${zip ? "zip" : "json"}"`,
      "cache-control": "no-store",
    },
  });
}
