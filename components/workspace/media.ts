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
  resolution?: string;
  seconds?: number;
}

/** A gallery row from `listMedia`, with its priced units (resolution, seconds) unpacked. */
export function toMediaItem(row: Omit<MediaItem, "resolution" | "seconds"> & { units: string }): MediaItem {
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
    resolution: typeof units.resolution === "string" ? units.resolution : undefined,
    seconds: typeof units.seconds === "number" ? units.seconds : undefined,
  };
}

export function mediaUrl(id: string, download = false) {
  return `/api/media/${encodeURIComponent(id)}${download ? "?download=1" : ""}`;
}

/** "Prism · 1024 × 1024" or "Reel · 8 s · 720p". */
export function describeMedia(item: MediaItem) {
  const size = item.resolution?.replace("x", " × ") ?? `${item.width} × ${item.height}`;
  return [modelName(item.model), item.seconds ? `${item.seconds} s` : null, size].filter(Boolean).join(" · ");
}
