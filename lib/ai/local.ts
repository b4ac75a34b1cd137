import { setTimeout as sleep } from "node:timers/promises";
import { env } from "@/lib/env";
import { faultFor } from "./faults";
import { localAnswer } from "./local-text";
import { renderLocalImage } from "./local-image";
import { renderLocalVideo } from "./local-video";
import { providerError } from "./failures";
import type { AiProvider, ImageRequest } from "./types";

/** Applies the test-only fault switch: throws for "fail", waits for the caller's abort for "timeout". */
async function injectFault(model: string, signal: AbortSignal) {
  const fault = faultFor(model);
  if (fault === "fail") throw providerError("failed", model);
  if (fault === "timeout") {
    await sleep(24 * 60 * 60_000, undefined, { signal }).catch(() => {});
    throw providerError("timeout", model);
  }
}

async function render<T>(request: ImageRequest, work: () => T): Promise<T> {
  await injectFault(request.model, request.signal);
  // Yield once so an already-aborted request does no work.
  await sleep(0);
  if (request.signal.aborted) throw providerError("stopped", request.model);
  return work();
}

/** The built-in provider: no API key, no network, the same output for the same request. */
export const localProvider: AiProvider = {
  async *streamText({ model, system, prompt, signal }) {
    const fault = faultFor(model);
    if (fault === "timeout") await injectFault(model, signal);
    const words = localAnswer(model, prompt, system).split(/(?<=\s)/);
    const delay = env().TALLY_LOCAL_AI_DELAY_MS;
    for (const [index, word] of words.entries()) {
      if (signal.aborted) throw providerError("stopped", model);
      // A failing model fails mid-answer, after some tokens were already streamed.
      if (fault === "fail" && index === 3) throw providerError("failed", model);
      if (delay > 0) await sleep(delay, undefined, { signal }).catch(() => {});
      yield { text: word };
    }
    yield { finish: "stop" };
  },
  generateImage: (request) => render(request, () => renderLocalImage(request)),
  generateVideo: (request) => render(request, () => renderLocalVideo(request)),
};
