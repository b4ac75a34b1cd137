export interface TextRequest {
  model: string;
  /** Optional system instructions (agents). */
  system?: string;
  prompt: string;
  /** Earlier turns of the conversation, oldest first. */
  history?: { role: "user" | "assistant"; content: string }[];
  /** Sent to the provider as max_tokens. */
  maxAnswerTokens?: number;
  signal: AbortSignal;
}

/**
 * How an answer ended, as the provider said: "stop" (complete), "length" (hit max_tokens),
 * "refused" (content filter) or "other".
 */
export type FinishReason = "stop" | "length" | "refused" | "other";

/** What a text stream yields: pieces of the answer, then (if the provider says so) how it ended. */
export type TextPart = { text: string } | { finish: FinishReason };

export interface ImageRequest {
  model: string;
  prompt: string;
  width: number;
  height: number;
  signal: AbortSignal;
}

export interface VideoRequest extends ImageRequest {
  seconds: number;
}

export interface MediaOutput {
  mimeType: string;
  data: Uint8Array;
  /** A video's still frame, shown before it plays. */
  poster?: MediaOutput;
}

/** One interface for every kind of generation; the local provider and remote ones implement it. */
export interface AiProvider {
  /** Streams the answer token by token, then its finish reason. Throws while iterating on failure or abort. */
  streamText(request: TextRequest): AsyncIterable<TextPart>;
  generateImage(request: ImageRequest): Promise<MediaOutput>;
  generateVideo(request: VideoRequest): Promise<MediaOutput>;
}

/**
 * What went wrong, in the few words a person is shown (never the provider's own text, which can hold key
 * fragments, org ids or raw JSON): the provider's details go to the log instead (lib/ai/failures.ts).
 */
export type ProviderFailure =
  "rate_limited" | "unavailable" | "timeout" | "refused" | "empty" | "invalid_output" | "stopped" | "failed";

export class ProviderError extends Error {
  constructor(
    message: string,
    readonly failure: ProviderFailure,
    /** For the log only: the provider's HTTP status and error code, when it gave them. */
    readonly provider: { model?: string; status?: number; code?: string; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = "ProviderError";
  }
}
