export interface TextRequest {
  model: string;
  /** Optional system instructions (agents). */
  system?: string;
  prompt: string;
  /** Earlier turns of the conversation, oldest first. */
  history?: { role: "user" | "assistant"; content: string }[];
  signal: AbortSignal;
}

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
}

/** One interface for every kind of generation; the local provider and remote ones implement it. */
export interface AiProvider {
  /** Streams the answer token by token. Throws while iterating on failure or abort. */
  streamText(request: TextRequest): AsyncIterable<string>;
  generateImage(request: ImageRequest): Promise<MediaOutput>;
  generateVideo(request: VideoRequest): Promise<MediaOutput>;
}

export class ProviderError extends Error {
  constructor(message: string, readonly reason: "failed" | "timeout") {
    super(message);
    this.name = "ProviderError";
  }
}
