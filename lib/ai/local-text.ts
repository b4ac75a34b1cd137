import { createHash } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { env } from "@/lib/env";
import { faultFor } from "./faults";
import { ProviderError, type TextProvider, type TextRequest } from "./types";

const OPENERS = [
  "Here is how I would approach it.",
  "Good question — let me break it down.",
  "Short answer first, then the details.",
  "Let's think about this step by step.",
];
const POINTS = [
  "Start from what you already know and name the one thing that is uncertain.",
  "Write the smallest version that works, then measure before improving it.",
  "Keep the parts that change together in one place.",
  "Prefer a plain, boring solution that you can explain to a colleague.",
  "Check the edge cases: empty input, very large input and repeated input.",
  "Decide what done looks like before you start.",
  "A quick sketch on paper often saves an hour at the keyboard.",
  "When two options look equal, pick the one that is easier to undo.",
];

/** Deterministic: the same model and prompt always give the same answer, so tests and demos are stable. */
export function localAnswer(model: string, prompt: string) {
  const digest = createHash("sha256").update(`${model}\n${prompt}`).digest();
  const pick = <T,>(list: readonly T[], byte: number) => list[digest[byte]! % list.length]!;
  const topic = prompt.trim().replace(/\s+/g, " ").slice(0, 80);
  const points = [pick(POINTS, 1), pick(POINTS, 2), pick(POINTS, 3)].filter((point, i, all) => all.indexOf(point) === i);
  return [
    `${pick(OPENERS, 0)} You asked about **${topic}**.`,
    "",
    ...points.map((point, i) => `${i + 1}. ${point}`),
    "",
    `_Answered by the built-in ${model} model, running locally without an API key._`,
  ].join("\n");
}

/** The built-in provider: no API key, no network. Streams word by word with a small delay. */
export const localTextProvider: TextProvider = {
  async *streamText({ model, prompt, signal }: TextRequest) {
    const fault = faultFor(model);
    if (fault === "timeout") {
      await sleep(24 * 60 * 60_000, undefined, { signal }).catch(() => {});
      throw new ProviderError(`${model} did not answer in time`, "timeout");
    }
    const words = localAnswer(model, prompt).split(/(?<=\s)/);
    const delay = env().TALLY_LOCAL_AI_DELAY_MS;
    for (const [index, word] of words.entries()) {
      if (signal.aborted) throw new ProviderError(`${model} was stopped`, "timeout");
      if (fault === "fail" && index === 3) throw new ProviderError(`${model} failed while answering`, "failed");
      if (delay > 0) await sleep(delay, undefined, { signal }).catch(() => {});
      yield word;
    }
  },
};
