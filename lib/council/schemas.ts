import { z } from "zod";
import { CHAT_MODEL_IDS } from "@/config/pricing";
import { requestIdSchema } from "@/lib/chat/schemas";

export const councilRequestSchema = z.object({
  requestId: requestIdSchema,
  prompt: z
    .string()
    .trim()
    .min(1, "Write a question for the council")
    .max(8_000, "Messages are limited to 8,000 characters"),
  models: z
    .array(z.enum(CHAT_MODEL_IDS, { error: "Unknown model" }))
    .min(2, "Choose at least 2 models")
    .max(5, "Choose at most 5 models")
    .refine((models) => new Set(models).size === models.length, "Choose each model once"),
});
