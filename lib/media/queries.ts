import "server-only";
import { db, type MediaKind } from "@/lib/db";

/** The person's gallery, newest first, without the bytes. */
export function listMedia({ userId, kind }: { userId: string; kind: MediaKind }) {
  return db().media.findMany({
    where: { userId, kind },
    orderBy: { createdAt: "desc" },
    select: { id: true, kind: true, model: true, prompt: true, units: true, mimeType: true, width: true, height: true, credits: true, createdAt: true },
    take: 60,
  });
}

/** One file with its bytes, only if it belongs to the user (else null). */
export function getMediaFile({ userId, id }: { userId: string; id: string }) {
  return db().media.findFirst({ where: { id, userId }, select: { data: true, mimeType: true, kind: true, prompt: true } });
}
