import {
  CHAT_MODELS,
  IMAGE_MODELS,
  VIDEO_MODELS,
  type ChatModelId,
  type ImageModelId,
  type ImageResolution,
  type VideoDuration,
  type VideoModelId,
  type VideoResolution,
} from "@/config/pricing";
import type { UsageKind } from "@/lib/db";

export type PricedAction =
  | { kind: "CHAT" | "AGENT" | "COUNCIL"; model: ChatModelId }
  | { kind: "IMAGE"; model: ImageModelId; resolution: ImageResolution }
  | { kind: "VIDEO"; model: VideoModelId; seconds: VideoDuration; resolution: VideoResolution };

export interface Quote {
  kind: UsageKind;
  model: string;
  credits: number;
  /** What was priced, kept with the usage event (resolution, seconds…). */
  units: Record<string, string | number>;
}

/** The price of one model call, straight from the price table. */
export function quote(action: PricedAction): Quote {
  switch (action.kind) {
    case "CHAT":
    case "AGENT":
    case "COUNCIL":
      return {
        kind: action.kind,
        model: action.model,
        credits: CHAT_MODELS[action.model].creditsPerMessage,
        units: { messages: 1 },
      };
    case "IMAGE":
      return {
        kind: "IMAGE",
        model: action.model,
        credits: IMAGE_MODELS[action.model].credits[action.resolution],
        units: { resolution: action.resolution },
      };
    case "VIDEO":
      return {
        kind: "VIDEO",
        model: action.model,
        credits: VIDEO_MODELS[action.model].creditsPerSecond[action.resolution] * action.seconds,
        units: { seconds: action.seconds, resolution: action.resolution },
      };
  }
}
