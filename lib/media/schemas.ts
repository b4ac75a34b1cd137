import { z } from "zod";
import {
  IMAGE_MODEL_IDS,
  IMAGE_RESOLUTIONS,
  VIDEO_DURATIONS,
  VIDEO_MODEL_IDS,
  VIDEO_RESOLUTIONS,
} from "@/config/pricing";
import { requestIdSchema } from "@/lib/chat/schemas";

const prompt = z
  .string()
  .trim()
  .min(1, "Describe what you want to see")
  .max(2_000, "Prompts are limited to 2,000 characters");

export const imageRequestSchema = z.object({
  requestId: requestIdSchema,
  prompt,
  model: z.enum(IMAGE_MODEL_IDS, { error: "Unknown image model" }),
  resolution: z.enum(IMAGE_RESOLUTIONS, { error: "Choose 512x512, 1024x1024 or 1792x1024" }),
});

export const videoRequestSchema = z.object({
  requestId: requestIdSchema,
  prompt,
  model: z.enum(VIDEO_MODEL_IDS, { error: "Unknown video model" }),
  resolution: z.enum(VIDEO_RESOLUTIONS, { error: "Choose 480p, 720p or 1080p" }),
  seconds: z.union(
    VIDEO_DURATIONS.map((s) => z.literal(s)) as unknown as [z.ZodLiteral<4>, z.ZodLiteral<8>, z.ZodLiteral<12>],
    { error: "Choose 4, 8 or 12 seconds" },
  ),
});
