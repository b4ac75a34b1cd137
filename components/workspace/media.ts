import { modelName } from "@/config/pricing";

/** A generated image or clip as the UI shows it (no bytes: the file is served by /api/media/{id}). */
export interface MediaItem {
  id: string;
  kind: "IMAGE" | "VIDEO";
  model: string;
  prompt: string;
  width: number;
  height: number;
  credits: number;
  /** What the bytes are (sniffed): local clips are GIFs shown as images, provider clips MP4 or WebM played as video. */
  mimeType: string;
  hasPoster: boolean;
  resolution?: string;
  seconds?: number;
}

/** A gallery row from `listMedia`, with its priced units (resolution, seconds) unpacked. */
export function toMediaItem(
  row: Omit<MediaItem, "resolution" | "seconds" | "hasPoster"> & { units: string; posterMimeType: string | null },
): MediaItem {
  let units: { resolution?: unknown; seconds?: unknown } = {};
  try {
    units = JSON.parse(row.units) as typeof units;
  } catch {
    // Older rows without units still show; only their caption is shorter.
  }
  return {
    id: row.id,
    kind: row.kind,
    model: row.model,
    prompt: row.prompt,
    width: row.width,
    height: row.height,
    credits: row.credits,
    mimeType: row.mimeType,
    hasPoster: Boolean(row.posterMimeType),
    resolution: typeof units.resolution === "string" ? units.resolution : undefined,
    seconds: typeof units.seconds === "number" ? units.seconds : undefined,
  };
}

/** The file itself, the file as a download, or a video's poster frame. */
export function mediaUrl(id: string, variant?: "download" | "poster") {
  const query = variant === "download" ? "?download=1" : variant === "poster" ? "?variant=poster" : "";
  return `/api/media/${encodeURIComponent(id)}${query}`;
}

/** "Prism · 1024 × 1024" or "Reel · 8 s · 720p". */
export function describeMedia(item: MediaItem) {
  const size = item.resolution?.replace("x", " × ") ?? `${item.width} × ${item.height}`;
  return [modelName(item.model), item.seconds ? `${item.seconds} s` : null, size].filter(Boolean).join(" · ");
}
