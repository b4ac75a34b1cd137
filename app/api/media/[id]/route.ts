import { errorResponse } from "@/lib/actions/route";
import { getSessionUser } from "@/lib/auth/session";
import { MEDIA_EXTENSIONS, mediaFileName } from "@/lib/media/file-names";
import { getMediaFile } from "@/lib/media/queries";

/** Serves a generated image or clip to its owner only; `?download=1` saves it as a file, `?variant=poster` is a video's still. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getSessionUser();
  if (!user) return errorResponse({ code: "UNAUTHENTICATED", message: "Sign in to see this file." });
  const search = new URL(request.url).searchParams;
  const file = await getMediaFile({
    userId: user.id,
    id: (await params).id,
    poster: search.get("variant") === "poster",
  });
  if (!file) return errorResponse({ code: "NOT_FOUND", message: "No such file." });
  const name = mediaFileName(file);
  const known = file.mimeType in MEDIA_EXTENSIONS;
  const download = !known || search.get("download") === "1";
  return new Response(Buffer.from(file.data), {
    headers: {
      "content-type": known ? file.mimeType : "application/octet-stream",
      "cache-control": "private, max-age=31536000, immutable",
      // Generated SVG is shown as an image, never run as a document (next.config.js sets the same for this path).
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
      "x-content-type-options": "nosniff",
      ...(download ? { "content-disposition": `attachment; filename="${name}"` } : {}),
    },
  });
}
