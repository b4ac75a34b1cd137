/** The only types served as what they are (anything else is a download) and the extension each file gets. */
export const MEDIA_EXTENSIONS: Record<string, string> = {
  "image/svg+xml": "svg",
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/gif": "gif",
  "image/webp": "webp",
  "video/mp4": "mp4",
  "video/webm": "webm",
};

/** A file name a person recognises: kind, the prompt's first words, the type's extension. */
export function mediaFileName({ kind, prompt, mimeType }: { kind: string; prompt: string; mimeType: string }) {
  const words =
    prompt
      .slice(0, 40)
      .replace(/[^a-z0-9]+/gi, "-")
      .replace(/^-|-$/g, "") || "untitled";
  return `tally-${kind.toLowerCase()}-${words}.${MEDIA_EXTENSIONS[mimeType] ?? "bin"}`;
}
