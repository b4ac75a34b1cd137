import { vi } from "vitest";
import { localProvider } from "@/lib/ai/local";

/** Counts calls into the built-in provider, to prove that refused requests never reach a model. */
export function spyOnProvider() {
  return {
    text: vi.spyOn(localProvider, "streamText"),
    image: vi.spyOn(localProvider, "generateImage"),
    video: vi.spyOn(localProvider, "generateVideo"),
  };
}
