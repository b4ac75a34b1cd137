import "server-only";
import { db, type MediaKind } from "@/lib/db";

/** The person's gallery, newest first, without the bytes. */
export function listMedia({ userId, kind }: { userId: string; kind: MediaKind }) {
  return db().media.findMany({
    where: { userId, kind },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      kind: true,
      model: true,
      prompt: true,
      units: true,
      mimeType: true,
      posterMimeType: true,
      width: true,
      height: true,
      credits: true,
      createdAt: true,
    },
    take: 60,
  });
}

/** One file with its bytes (or its poster's), only if it belongs to the user (else null). */
export async function getMediaFile({ userId, id, poster = false }: { userId: string; id: string; poster?: boolean }) {
  const file = await db().media.findFirst({
    where: { id, userId },
    select: { kind: true, prompt: true, data: !poster, mimeType: true, poster, posterMimeType: true },
  });
  if (!file) return null;
  if (!poster) return { kind: file.kind, prompt: file.prompt, data: file.data, mimeType: file.mimeType };
  return file.poster && file.posterMimeType
    ? { kind: file.kind, prompt: file.prompt, data: file.poster, mimeType: file.posterMimeType }
    : null;
}
