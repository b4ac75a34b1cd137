"use server";

import { authedAction } from "@/lib/actions/action";
import { generate } from "../generate";
import { videoRequestSchema } from "../schemas";

/** Generates a video clip, charged by model × duration × resolution. */
export const generateVideo = authedAction(
  videoRequestSchema,
  ({ requestId, prompt, model, resolution, seconds }, { user }) =>
    generate({ userId: user.id, requestId, prompt, request: { kind: "VIDEO", model, resolution, seconds } }),
  { rateLimit: "paidRequest" },
);
