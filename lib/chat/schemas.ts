import { z } from "zod";
import { CHAT_MODEL_IDS } from "@/config/pricing";

export const requestIdSchema = z.uuid("requestId must be a UUID made by the client");
export const idSchema = z.string().min(1).max(64);

/** Input of one chat message, shared by the server action and the streaming route. */
export const chatMessageSchema = z.object({
  requestId: requestIdSchema,
  model: z.enum(CHAT_MODEL_IDS, { error: "Unknown model" }).optional(),
  prompt: z.string().trim().min(1, "Write a message first").max(8_000, "Messages are limited to 8,000 characters"),
  conversationId: idSchema.optional(),
  agentId: idSchema.optional(),
  regenerate: z.boolean().optional(),
});
