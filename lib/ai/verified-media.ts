import { fileTypeFromBuffer } from "file-type";
import { modelName } from "@/config/pricing";
import { ProviderError, type MediaOutput } from "./types";

/**
 * What a provider's image or clip may be, judged by its bytes (magic numbers), never by the type it
 * claims: an "image" that is HTML or SVG with a script, served from our origin, would run with the
 * person's session. GIF counts as a clip too (short animations).
 */
const ACCEPTED = {
  IMAGE: ["image/png", "image/jpeg", "image/webp", "image/gif"],
  VIDEO: ["video/mp4", "video/webm", "image/gif"],
} as const;

/**
 * The provider's bytes with the type they really are, or a ProviderError (so the request is released and
 * nothing is charged) when they are not one of the accepted images or videos.
 */
export async function verifiedMedia(
  kind: keyof typeof ACCEPTED,
  data: Uint8Array,
  model: string,
): Promise<MediaOutput> {
  const detected = await fileTypeFromBuffer(data);
  const accepted: readonly string[] = ACCEPTED[kind];
  if (!detected || !accepted.includes(detected.mime)) {
    throw new ProviderError(
      `${modelName(model)} returned a file that is not ${kind === "IMAGE" ? "an image" : "a video"}`,
      "invalid_output",
      {
        model,
        code: detected?.mime ?? "unknown-bytes",
      },
    );
  }
  return { mimeType: detected.mime, data };
}
