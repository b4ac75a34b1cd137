import { modelName } from "@/config/pricing";
import { env } from "@/lib/env";
import { localProvider } from "./local";
import { openAICompatibleProvider, parseModelMap } from "./openai-compatible";
import { ProviderError, type AiProvider, type MediaOutput, type TextRequest } from "./types";

export { ProviderError, type MediaOutput } from "./types";

/** The built-in local provider, or an OpenAI-compatible API when AI_BASE_URL and AI_API_KEY are set. */
export function aiProvider(): AiProvider {
  const { AI_BASE_URL, AI_API_KEY, AI_MODEL_MAP } = env();
  if (AI_BASE_URL && AI_API_KEY) return openAICompatibleProvider({ baseUrl: AI_BASE_URL, apiKey: AI_API_KEY, modelMap: parseModelMap(AI_MODEL_MAP) });
  return localProvider;
}

/** A signal that aborts after the configured provider timeout, or when `parent` aborts (the person pressed Stop). */
export function providerSignal(parent?: AbortSignal) {
  const timeout = AbortSignal.timeout(env().AI_TIMEOUT_MS);
  return parent ? AbortSignal.any([timeout, parent]) : timeout;
}

/** Streams an answer to `onToken` and returns the whole text. */
export async function generateText({ onToken, ...request }: TextRequest & { onToken?: (token: string) => void }) {
  const { model, signal } = request;
  let text = "";
  try {
    for await (const token of aiProvider().streamText(request)) {
      text += token;
      onToken?.(token);
    }
  } catch (error) {
    if (error instanceof ProviderError) throw error;
    throw new ProviderError(signal.aborted ? `${modelName(model)} did not answer in time` : `${modelName(model)} failed`, signal.aborted ? "timeout" : "failed");
  }
  if (signal.aborted) throw new ProviderError(`${modelName(model)} did not answer in time`, "timeout");
  return text;
}

export async function generateMedia(
  kind: "IMAGE" | "VIDEO",
  request: { model: string; prompt: string; width: number; height: number; seconds?: number; signal: AbortSignal },
): Promise<MediaOutput> {
  const provider = aiProvider();
  return kind === "IMAGE" ? provider.generateImage(request) : provider.generateVideo({ ...request, seconds: request.seconds ?? 4 });
}
