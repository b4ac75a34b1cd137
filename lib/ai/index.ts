import { localTextProvider } from "./local-text";
import { ProviderError, type TextProvider } from "./types";

export { ProviderError } from "./types";

export function textProvider(): TextProvider {
  return localTextProvider;
}

/** Collects a streamed answer, giving up after `timeoutMs`. */
export async function generateText({ model, prompt, timeoutMs }: { model: string; prompt: string; timeoutMs: number }) {
  const signal = AbortSignal.timeout(timeoutMs);
  let text = "";
  try {
    for await (const token of textProvider().streamText({ model, prompt, signal })) text += token;
  } catch (error) {
    if (error instanceof ProviderError) throw error;
    throw new ProviderError(signal.aborted ? `${model} did not answer in time` : `${model} failed`, signal.aborted ? "timeout" : "failed");
  }
  if (signal.aborted) throw new ProviderError(`${model} did not answer in time`, "timeout");
  return text;
}
