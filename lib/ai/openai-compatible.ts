import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import { generateImage, streamText } from "ai";
import { setTimeout as sleep } from "node:timers/promises";
import { failureForStatus, isRefusalCode, providerError, retryAfterSeconds } from "./failures";
import { verifiedMedia } from "./verified-media";
import type { AiProvider, FinishReason, MediaOutput } from "./types";

export interface RemoteConfig {
  baseUrl: string;
  apiKey: string;
  /** Tally model id → the provider's model name; unmapped ids are sent as they are. */
  modelMap: Record<string, string>;
}

/** "swift=gpt-4o-mini,sketch=dall-e-3" → { swift: "gpt-4o-mini", sketch: "dall-e-3" } */
export function parseModelMap(text: string | undefined): Record<string, string> {
  const entries = (text ?? "")
    .split(",")
    .map((pair) => pair.split("=").map((part) => part.trim()))
    .filter((pair): pair is [string, string] => pair.length === 2 && Boolean(pair[0]) && Boolean(pair[1]));
  return Object.fromEntries(entries);
}

/** One OpenAI-style streaming chunk, as much of it as we read. */
interface ChatChunk {
  choices?: { delta?: { content?: unknown }; finish_reason?: unknown }[];
}

function finishReasonOf(raw: string): FinishReason {
  if (raw === "stop") return "stop";
  if (raw === "length") return "length";
  if (raw === "content_filter") return "refused";
  return "other";
}

/**
 * Any OpenAI-compatible API: chat and images through the AI SDK, video over the OpenAI-style
 * `/videos` job API (create, poll until completed, download the content and its thumbnail).
 * Errors are thrown as they come; lib/ai/index.ts classifies them into what a person is told.
 */
export function openAICompatibleProvider({ baseUrl, apiKey, modelMap }: RemoteConfig): AiProvider {
  const provider = createOpenAICompatible({ name: "remote", baseURL: baseUrl, apiKey });
  const remoteName = (model: string) => modelMap[model] ?? model;
  const base = baseUrl.replace(/\/$/, "");
  const headers = { authorization: `Bearer ${apiKey}` };

  return {
    async *streamText({ model, system, prompt, history = [], maxAnswerTokens, signal }) {
      const result = streamText({
        model: provider.chatModel(remoteName(model)),
        system,
        messages: [...history, { role: "user", content: prompt }],
        maxOutputTokens: maxAnswerTokens,
        abortSignal: signal,
        maxRetries: 0,
        // The answer is read from the raw chunks: the AI SDK reports a finish reason only when the stream
        // closes, and a provider that sent finish_reason "stop" but never [DONE] must still count as done.
        includeRawChunks: true,
        // Errors arrive as "error" parts below; no extra logging.
        onError: () => {},
      });
      for await (const part of result.fullStream) {
        if (part.type === "error") throw part.error;
        if (part.type === "abort") throw signal.reason;
        if (part.type !== "raw") continue;
        const choice = (part.rawValue as ChatChunk | undefined)?.choices?.[0];
        const text = choice?.delta?.content;
        if (typeof text === "string" && text) yield { text };
        if (typeof choice?.finish_reason === "string") {
          yield { finish: finishReasonOf(choice.finish_reason) };
          return;
        }
      }
    },

    async generateImage({ model, prompt, width, height, signal }) {
      const { image } = await generateImage({
        model: provider.imageModel(remoteName(model)),
        prompt,
        size: `${width}x${height}`,
        abortSignal: signal,
        maxRetries: 0,
      });
      return verifiedMedia("IMAGE", image.uint8Array, model);
    },

    async generateVideo({ model, prompt, width, height, seconds, signal }) {
      const call = async (path: string, init: RequestInit = {}) => {
        const response = await fetch(`${base}${path}`, { ...init, signal, headers: { ...headers, ...init.headers } });
        if (!response.ok) {
          const failure = failureForStatus(response.status);
          const retryAfter =
            failure === "rate_limited" ? retryAfterSeconds(Object.fromEntries(response.headers)) : undefined;
          throw providerError(failure, model, { status: response.status, retryAfterSeconds: retryAfter });
        }
        return response;
      };
      const created = (await (
        await call("/videos", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({
            model: remoteName(model),
            prompt,
            seconds: String(seconds),
            size: `${width}x${height}`,
          }),
        })
      ).json()) as { id: string; status: string };
      let job: { status: string; error?: { code?: string } } = created;
      while (job.status !== "completed") {
        if (job.status === "failed") {
          const code = job.error?.code;
          throw providerError(isRefusalCode(code) ? "refused" : "failed", model, { code });
        }
        await sleep(1_000, undefined, { signal });
        job = (await (await call(`/videos/${created.id}`)).json()) as typeof job;
      }
      const content = await call(`/videos/${created.id}/content`);
      // The Content-Type the provider sends is ignored: the bytes decide (lib/ai/verified-media.ts).
      const clip = await verifiedMedia("VIDEO", new Uint8Array(await content.arrayBuffer()), model);
      return { ...clip, poster: clip.mimeType.startsWith("video/") ? await thumbnail(created.id) : undefined };

      /** The clip's still (variant=thumbnail), shown before it plays; a clip without one still plays. */
      async function thumbnail(id: string): Promise<MediaOutput | undefined> {
        try {
          const response = await call(`/videos/${id}/content?variant=thumbnail`);
          return await verifiedMedia("IMAGE", new Uint8Array(await response.arrayBuffer()), model);
        } catch {
          return undefined;
        }
      }
    },
  };
}
