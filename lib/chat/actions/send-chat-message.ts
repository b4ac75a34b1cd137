"use server";

import { z } from "zod";
import { CHAT_MODEL_IDS } from "@/config/pricing";
import { authedAction } from "@/lib/actions/action";
import { generateText } from "@/lib/ai";
import { chargedCall } from "@/lib/credits/charged-call";
import { quote, rolloverIfDue } from "@/lib/credits";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

const sendChatMessageSchema = z.object({
  requestId: z.uuid("requestId must be a UUID made by the client"),
  model: z.enum(CHAT_MODEL_IDS, { error: "Unknown model" }),
  prompt: z.string().trim().min(1, "Write a message first").max(8_000, "Messages are limited to 8,000 characters"),
});

export interface ChatReply {
  text: string;
  model: string;
  credits: number;
  balance: number;
}

/** Sends one chat message: charged the model's per-message price, or nothing if the model fails. */
export const sendChatMessage = authedAction(sendChatMessageSchema, async ({ requestId, model, prompt }, { user }): Promise<ChatReply> => {
  await rolloverIfDue({ userId: user.id });
  const price = quote({ kind: "CHAT", model });
  const { text } = await chargedCall({
    userId: user.id,
    requestId,
    quote: price,
    call: async () => ({ text: await generateText({ model, prompt, timeoutMs: env().AI_TIMEOUT_MS }) }),
  });
  const wallet = await db().wallet.findUniqueOrThrow({ where: { userId: user.id }, select: { available: true } });
  return { text, model, credits: price.credits, balance: wallet.available };
});
