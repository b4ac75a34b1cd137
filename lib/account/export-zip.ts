import "server-only";
import { Readable } from "node:stream";
import { ZipFile } from "yazl";
import { db } from "@/lib/db";
import { mediaFileName } from "@/lib/media/file-names";
import { accountExport } from "./export";

/**
 * The data export with the files themselves: `tally-data.json` (the JSON export, streamed) and every image,
 * clip and poster under `media/`. Only ids are listed up front; each file's bytes are read from the database
 * when the archive reaches it, so one file at a time is in memory however many the account has.
 * Media is already compressed, so it is stored as is; the JSON is deflated.
 */
export async function accountExportZip({
  userId,
  now = new Date(),
}: {
  userId: string;
  now?: Date;
}): Promise<ReadableStream<Uint8Array>> {
  const zip = new ZipFile();
  zip.addReadStream(Readable.fromWeb(accountExport({ userId, now }) as never), "tally-data.json", { mtime: now });
  const files = await db().media.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { id: true, kind: true, prompt: true, mimeType: true, posterMimeType: true, createdAt: true },
  });
  for (const file of files) {
    const name = `media/${file.id}-${mediaFileName(file)}`;
    zip.addReadStream(
      lazyBytes(() => bytesOf(userId, file.id, "data")),
      name,
      { mtime: file.createdAt, compress: false },
    );
    if (file.posterMimeType) {
      const poster = `media/${file.id}-poster-${mediaFileName({ ...file, mimeType: file.posterMimeType })}`;
      zip.addReadStream(
        lazyBytes(() => bytesOf(userId, file.id, "poster")),
        poster,
        { mtime: file.createdAt, compress: false },
      );
    }
  }
  zip.end();
  return Readable.toWeb(zip.outputStream as Readable) as ReadableStream<Uint8Array>;
}

async function bytesOf(userId: string, id: string, column: "data" | "poster") {
  const row = await db().media.findFirst({
    where: { id, userId },
    select: { data: column === "data", poster: column === "poster" },
  });
  const bytes = column === "data" ? row?.data : row?.poster;
  return bytes ? Buffer.from(bytes) : Buffer.alloc(0);
}

/** A stream that reads its bytes only when first asked (yazl asks when the archive reaches the entry). */
function lazyBytes(read: () => Promise<Buffer>) {
  let started = false;
  return new Readable({
    read() {
      if (started) return;
      started = true;
      read().then(
        (bytes) => {
          this.push(bytes);
          this.push(null);
        },
        (error: Error) => this.destroy(error),
      );
    },
  });
}
