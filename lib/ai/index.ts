import { CHAT_MODELS } from "@/config/pricing";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { startDeadline } from "./deadline";
import { classifyProviderError, providerError } from "./failures";
import { localProvider } from "./local";
import { openAICompatibleProvider, parseModelMap } from "./openai-compatible";
import type { AiProvider, FinishReason, MediaOutput, TextRequest } from "./types";

export { ProviderError, type MediaOutput } from "./types";

/** The built-in local provider, or an OpenAI-compatible API when AI_BASE_URL and AI_API_KEY are set. */
export function aiProvider(): AiProvider {
  const { AI_BASE_URL, AI_API_KEY, AI_MODEL_MAP } = env();
  if (AI_BASE_URL && AI_API_KEY)
    return openAICompatibleProvider({
      baseUrl: AI_BASE_URL,
      apiKey: AI_API_KEY,
      modelMap: parseModelMap(AI_MODEL_MAP),
    });
  return localProvider;
}

/** Used when a model has no cap of its own (an unknown id never reaches a provider; this is belt and braces). */
const DEFAULT_ANSWER_TOKENS = 4_096;
/**
 * The hard cap while streaming, in UTF-8 bytes per allowed token: a token is about 4 bytes of English, so 8
 * leaves room for other scripts while a provider that ignores max_tokens still stops within tens of kilobytes.
 */
const BYTES_PER_TOKEN = 8;

export interface TextAnswer {
  text: string;
  /**
   * The provider ended the answer part-way: it went silent after the answer began, closed the stream
   * without a finish reason, or reached the length cap. What arrived is kept and charged like a stopped
   * answer, and shown as cut off.
   */
  cutOff: boolean;
}

/**
 * The longest prefix of `text` that fits in `room` UTF-8 bytes, never splitting a character, with its size.
 * Only a piece that does not fit is encoded: on the per-token path the common case is one byteLength.
 */
function fitBytes(text: string, room: number): { piece: string; size: number } {
  const size = Buffer.byteLength(text, "utf8");
  if (size <= room) return { piece: text, size };
  const encoded = Buffer.from(text, "utf8");
  let end = Math.max(0, room);
  while (end > 0 && (encoded[end]! & 0xc0) === 0x80) end -= 1;
  return { piece: encoded.subarray(0, end).toString("utf8"), size: end };
}

/**
 * Streams an answer to `onToken` and returns it. The time limit is on waiting (AI_TIMEOUT_MS for the first
 * token, AI_SILENCE_MS between tokens), not on the whole answer, so a long answer that keeps coming is never
 * thrown away. Failures are ProviderErrors with a message fit for a person; the provider's details are logged.
 * `signal` is the person's Stop.
 */
export async function generateText({
  onToken,
  signal: stop,
  context = {},
  ...request
}: Omit<TextRequest, "signal" | "maxAnswerTokens"> & {
  signal?: AbortSignal;
  onToken?: (token: string) => void;
  context?: { requestId?: string; userId?: string };
}): Promise<TextAnswer> {
  const { model } = request;
  const { AI_TIMEOUT_MS, AI_SILENCE_MS } = env();
  const maxAnswerTokens = CHAT_MODELS[model as keyof typeof CHAT_MODELS]?.maxAnswerTokens ?? DEFAULT_ANSWER_TOKENS;
  const maxBytes = maxAnswerTokens * BYTES_PER_TOKEN;
  const deadline = startDeadline({ firstMs: AI_TIMEOUT_MS, silenceMs: AI_SILENCE_MS ?? AI_TIMEOUT_MS, parent: stop });
  let text = "";
  let bytes = 0;
  let finish: FinishReason | undefined;
  try {
    for await (const part of aiProvider().streamText({ ...request, maxAnswerTokens, signal: deadline.signal })) {
      if ("finish" in part) {
        finish = part.finish;
        break;
      }
      deadline.touch();
      const { piece, size } = fitBytes(part.text, maxBytes - bytes);
      if (piece) {
        text += piece;
        bytes += size;
        onToken?.(piece);
      }
      if (piece.length < part.text.length) {
        finish = "length";
        break;
      }
    }
    // An aborted stream may simply end (the AI SDK's "abort" part) rather than throw.
    if (finish === undefined && deadline.signal.aborted) throw deadline.signal.reason;
  } catch (error) {
    const failure = classifyProviderError(error, model, { timedOut: deadline.timedOut, stopped: stop?.aborted });
    // Silent, or the connection lost, after the answer began: the person has read what arrived, so it is
    // kept (cut off). An error the provider reports is a failure however far the answer got.
    const cutOffMidway =
      text.trim() &&
      (failure.failure === "timeout" || (failure.failure === "unavailable" && failure.provider.status === undefined));
    if (!cutOffMidway) throw failure;
    finish = undefined;
  } finally {
    // Also closes a connection the provider leaves open after its last chunk.
    deadline.finish();
  }
  if (finish === "refused" && !text.trim()) throw providerError("refused", model);
  if (!text.trim()) throw providerError("empty", model);
  const cutOff = finish !== "stop";
  if (cutOff) log.info({ ...context, model, finish: finish ?? "none", bytes }, "answer cut off; kept and charged");
  return { text, cutOff };
}

/** One image or clip, within AI_TIMEOUT_MS for the whole call. */
export async function generateMedia(
  kind: "IMAGE" | "VIDEO",
  request: { model: string; prompt: string; width: number; height: number; seconds?: number },
): Promise<MediaOutput> {
  const provider = aiProvider();
  const deadline = startDeadline({ firstMs: env().AI_TIMEOUT_MS });
  const withSignal = { ...request, signal: deadline.signal };
  try {
    return await (kind === "IMAGE"
      ? provider.generateImage(withSignal)
      : provider.generateVideo({ ...withSignal, seconds: request.seconds ?? 4 }));
  } catch (error) {
    throw classifyProviderError(error, request.model, { timedOut: deadline.timedOut });
  } finally {
    deadline.finish();
  }
}
