import { modelName } from "@/config/pricing";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import { generateImage, streamText } from "ai";
import { setTimeout as sleep } from "node:timers/promises";
import { verifiedMedia } from "./verified-media";
import { ProviderError, type AiProvider } from "./types";

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

/**
 * Any OpenAI-compatible API: chat and images through the AI SDK, video over the OpenAI-style
 * `/videos` job API (create, poll until completed, download the content).
 */
export function openAICompatibleProvider({ baseUrl, apiKey, modelMap }: RemoteConfig): AiProvider {
  const provider = createOpenAICompatible({ name: "remote", baseURL: baseUrl, apiKey });
  const remoteName = (model: string) => modelMap[model] ?? model;
  const base = baseUrl.replace(/\/$/, "");
  const headers = { authorization: `Bearer ${apiKey}` };

  return {
    async *streamText({ model, system, prompt, history = [], signal }) {
      const result = streamText({
        model: provider.chatModel(remoteName(model)),
        system,
        messages: [...history, { role: "user", content: prompt }],
        abortSignal: signal,
        maxRetries: 0,
        // Errors arrive as "error" parts below and become ProviderErrors; no extra logging.
        onError: () => {},
      });
      try {
        for await (const part of result.fullStream) {
          if (part.type === "text-delta") yield part.text;
          if (part.type === "error") throw part.error;
        }
      } catch (error) {
        throw new ProviderError(signal.aborted ? `${modelName(model)} did not answer in time` : `${modelName(model)} failed: ${(error as Error).message}`, signal.aborted ? "timeout" : "failed");
      }
    },

    async generateImage({ model, prompt, width, height, signal }) {
      let bytes: Uint8Array;
      try {
        const { image } = await generateImage({
          model: provider.imageModel(remoteName(model)),
          prompt,
          size: `${width}x${height}`,
          abortSignal: signal,
          maxRetries: 0,
        });
        bytes = image.uint8Array;
      } catch (error) {
        throw new ProviderError(`${modelName(model)} failed: ${(error as Error).message}`, signal.aborted ? "timeout" : "failed");
      }
      return verifiedMedia("IMAGE", bytes, modelName(model));
    },

    async generateVideo({ model, prompt, width, height, seconds, signal }) {
      const call = async (path: string, init: RequestInit = {}) => {
        const response = await fetch(`${base}${path}`, { ...init, signal, headers: { ...headers, ...init.headers } });
        if (!response.ok) throw new ProviderError(`${modelName(model)} failed: HTTP ${response.status}`, "failed");
        return response;
      };
      try {
        const created = (await (
          await call("/videos", {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ model: remoteName(model), prompt, seconds: String(seconds), size: `${width}x${height}` }),
          })
        ).json()) as { id: string; status: string };
        let status = created.status;
        while (status !== "completed") {
          if (status === "failed") throw new ProviderError(`${modelName(model)} could not make this video`, "failed");
          await sleep(1_000, undefined, { signal });
          status = ((await (await call(`/videos/${created.id}`)).json()) as { status: string }).status;
        }
        const content = await call(`/videos/${created.id}/content`);
        // The Content-Type the provider sends is ignored: the bytes decide (lib/ai/verified-media.ts).
        return await verifiedMedia("VIDEO", new Uint8Array(await content.arrayBuffer()), modelName(model));
      } catch (error) {
        if (error instanceof ProviderError) throw error;
        throw new ProviderError(signal.aborted ? `${modelName(model)} did not answer in time` : `${modelName(model)} failed`, signal.aborted ? "timeout" : "failed");
      }
    },
  };
}
