import { z } from "zod";
import { CHAT_MODEL_IDS } from "@/config/pricing";

export const agentFieldsSchema = z.object({
  name: z.string().trim().min(1, "Give your agent a name").max(60, "Use at most 60 characters"),
  instructions: z
    .string()
    .trim()
    .min(1, "Tell the agent how to behave")
    .max(4_000, "Instructions are limited to 4,000 characters"),
  model: z.enum(CHAT_MODEL_IDS, { error: "Unknown model" }),
  starterPrompts: z
    .array(z.string().trim().min(1).max(200, "Starter prompts are limited to 200 characters"))
    .max(4, "Up to 4 starter prompts")
    .default([]),
});
