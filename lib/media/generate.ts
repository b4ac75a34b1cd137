import "server-only";
import { randomUUID } from "node:crypto";
import {
  DIMENSIONS,
  type ImageModelId,
  type ImageResolution,
  type VideoDuration,
  type VideoModelId,
  type VideoResolution,
} from "@/config/pricing";
import { generateMedia, type MediaOutput } from "@/lib/ai";
import { quote, rolloverIfDue } from "@/lib/credits";
import { chargeForRequest } from "@/lib/requests/charge";

export type MediaRequest =
  | { kind: "IMAGE"; model: ImageModelId; resolution: ImageResolution }
  | { kind: "VIDEO"; model: VideoModelId; resolution: VideoResolution; seconds: VideoDuration };

export interface GeneratedMedia {
  mediaId: string;
  kind: "IMAGE" | "VIDEO";
  model: string;
  mimeType: string;
  /** A video with a still frame from the provider, served at /api/media/{id}?variant=poster. */
  hasPoster: boolean;
  width: number;
  height: number;
  credits: number;
}

/**
 * Generates one image or clip: priced by model × resolution (× seconds for video), charged through
 * the ledger, and saved in the same transaction as the charge.
 */
export async function generate({
  userId,
  requestId,
  prompt,
  request,
}: {
  userId: string;
  requestId: string;
  prompt: string;
  request: MediaRequest;
}): Promise<GeneratedMedia> {
  await rolloverIfDue({ userId });
  const price = quote(request);
  const { width, height } = DIMENSIONS[request.resolution];
  let output: MediaOutput | undefined;
  return chargeForRequest<GeneratedMedia>({
    userId,
    requestId,
    quote: price,
    call: async () => {
      output = await generateMedia(request.kind, {
        model: request.model,
        prompt,
        width,
        height,
        seconds: request.kind === "VIDEO" ? request.seconds : undefined,
      });
      return {
        mediaId: randomUUID(),
        kind: request.kind,
        model: request.model,
        mimeType: output.mimeType,
        hasPoster: Boolean(output.poster),
        width,
        height,
        credits: price.credits,
      };
    },
    onSettled: async (tx, media) => {
      await tx.media.create({
        data: {
          id: media.mediaId,
          userId,
          kind: request.kind,
          model: request.model,
          prompt,
          units: JSON.stringify(price.units),
          mimeType: media.mimeType,
          width,
          height,
          data: new Uint8Array(output!.data),
          posterMimeType: output!.poster?.mimeType,
          poster: output!.poster && new Uint8Array(output!.poster.data),
          requestId,
          credits: price.credits,
        },
      });
    },
  });
}
