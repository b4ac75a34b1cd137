"use server";

import { authedAction } from "@/lib/actions/action";
import { generate } from "../generate";
import { imageRequestSchema } from "../schemas";

/** Generates an image, charged by model × resolution. */
export const generateImage = authedAction(
  imageRequestSchema,
  ({ requestId, prompt, model, resolution }, { user }) =>
    generate({ userId: user.id, requestId, prompt, request: { kind: "IMAGE", model, resolution } }),
  { rateLimit: "paidRequest" },
);
