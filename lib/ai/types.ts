export interface TextRequest {
  model: string;
  prompt: string;
  signal: AbortSignal;
}

export interface TextProvider {
  /** Streams the answer token by token. Rejects (or throws while iterating) on failure or abort. */
  streamText(request: TextRequest): AsyncIterable<string>;
}

export class ProviderError extends Error {
  constructor(message: string, readonly reason: "failed" | "timeout") {
    super(message);
    this.name = "ProviderError";
  }
}
