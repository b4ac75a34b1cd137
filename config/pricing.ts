/**
 * The model catalog and price table: the single source of truth for what every request costs.
 * Credits are whole numbers. A price change is one line here.
 */

/**
 * `maxAnswerTokens` caps one answer: sent to the provider as max_tokens, and enforced again while streaming
 * (lib/ai/index.ts) so a provider that ignores it cannot send megabytes.
 */
export const CHAT_MODELS = {
  swift: { id: "swift", name: "Swift", tier: "Fast and cheap", creditsPerMessage: 1, maxAnswerTokens: 2_048 },
  nimbus: { id: "nimbus", name: "Nimbus", tier: "Balanced", creditsPerMessage: 2, maxAnswerTokens: 4_096 },
  sage: { id: "sage", name: "Sage", tier: "Careful reasoning", creditsPerMessage: 4, maxAnswerTokens: 8_192 },
  atlas: { id: "atlas", name: "Atlas", tier: "Long context", creditsPerMessage: 8, maxAnswerTokens: 8_192 },
  oracle: { id: "oracle", name: "Oracle Ultra", tier: "Premium", creditsPerMessage: 15, maxAnswerTokens: 8_192 },
} as const satisfies Record<
  string,
  { id: string; name: string; tier: string; creditsPerMessage: number; maxAnswerTokens: number }
>;

export const IMAGE_RESOLUTIONS = ["512x512", "1024x1024", "1792x1024"] as const;
export type ImageResolution = (typeof IMAGE_RESOLUTIONS)[number];

export const IMAGE_MODELS = {
  sketch: { id: "sketch", name: "Sketch", credits: { "512x512": 3, "1024x1024": 5, "1792x1024": 8 } },
  prism: { id: "prism", name: "Prism", credits: { "512x512": 6, "1024x1024": 10, "1792x1024": 15 } },
  aurora: { id: "aurora", name: "Aurora", credits: { "512x512": 10, "1024x1024": 16, "1792x1024": 24 } },
} as const satisfies Record<string, { id: string; name: string; credits: Record<ImageResolution, number> }>;

export const VIDEO_DURATIONS = [4, 8, 12] as const;
export type VideoDuration = (typeof VIDEO_DURATIONS)[number];
export const VIDEO_RESOLUTIONS = ["480p", "720p", "1080p"] as const;
export type VideoResolution = (typeof VIDEO_RESOLUTIONS)[number];

export const DIMENSIONS: Record<ImageResolution | VideoResolution, { width: number; height: number }> = {
  "512x512": { width: 512, height: 512 },
  "1024x1024": { width: 1024, height: 1024 },
  "1792x1024": { width: 1792, height: 1024 },
  "480p": { width: 854, height: 480 },
  "720p": { width: 1280, height: 720 },
  "1080p": { width: 1920, height: 1080 },
};

// Per second of video; the cheapest clip (4 s at 480p) must cost more than the dearest image.
export const VIDEO_MODELS = {
  reel: { id: "reel", name: "Reel", creditsPerSecond: { "480p": 15, "720p": 20, "1080p": 30 } },
  cinema: { id: "cinema", name: "Cinema", creditsPerSecond: { "480p": 25, "720p": 35, "1080p": 50 } },
} as const satisfies Record<string, { id: string; name: string; creditsPerSecond: Record<VideoResolution, number> }>;

export type ChatModelId = keyof typeof CHAT_MODELS;
export type ImageModelId = keyof typeof IMAGE_MODELS;
export type VideoModelId = keyof typeof VIDEO_MODELS;

export const CHAT_MODEL_IDS = Object.keys(CHAT_MODELS) as [ChatModelId, ...ChatModelId[]];
export const IMAGE_MODEL_IDS = Object.keys(IMAGE_MODELS) as [ImageModelId, ...ImageModelId[]];
export const VIDEO_MODEL_IDS = Object.keys(VIDEO_MODELS) as [VideoModelId, ...VideoModelId[]];

export function modelName(modelId: string): string {
  const all: Record<string, { name: string }> = { ...CHAT_MODELS, ...IMAGE_MODELS, ...VIDEO_MODELS };
  return all[modelId]?.name ?? modelId;
}
