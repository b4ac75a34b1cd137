import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startFaultyProvider, type FaultyProvider } from "@/lib/testing/faulty-provider";
import { startDeadline } from "./deadline";
import { generateText, ProviderError } from "./index";

// Node 20 can lose an AbortSignal.timeout's timer after a garbage collection (nodejs/node#57736), so every
// wait here runs with collections forced every few milliseconds.
const gc = (globalThis as { gc?: () => void }).gc;
function collectGarbageWhile<T>(work: Promise<T>): Promise<T> {
  const collector = setInterval(() => gc!(), 5);
  return work.finally(() => clearInterval(collector));
}
const abortedWithin = (signal: AbortSignal, ms: number) =>
  new Promise<number>((resolve, reject) => {
    const started = performance.now();
    signal.addEventListener("abort", () => resolve(performance.now() - started), { once: true });
    setTimeout(() => reject(new Error(`not aborted within ${ms} ms`)), ms);
  });

describe("the provider deadline (a timer Tally owns)", () => {
  it("runs with garbage collection exposed", () => {
    expect(gc, "vitest.config.ts must pass --expose-gc to the unit project").toBeTypeOf("function");
  });

  it("fires on time while garbage is collected, holding nothing but the signal", async () => {
    const signal = startDeadline({ firstMs: 150 }).signal;
    const elapsed = await collectGarbageWhile(abortedWithin(signal, 2_000));
    expect(elapsed).toBeGreaterThanOrEqual(140);
    expect(elapsed).toBeLessThan(1_000);
    expect((signal.reason as DOMException).name).toBe("TimeoutError");
  });

  it("waits silenceMs after each token instead of the first-token limit, and never after finish()", async () => {
    const deadline = startDeadline({ firstMs: 100, silenceMs: 300 });
    await new Promise((resolve) => setTimeout(resolve, 60));
    deadline.touch();
    await new Promise((resolve) => setTimeout(resolve, 150)); // past firstMs since the start
    expect(deadline.signal.aborted).toBe(false);
    deadline.finish();
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(deadline.timedOut).toBe(false);
    expect((deadline.signal.reason as DOMException).name).toBe("AbortError");
  });

  it("passes the person's Stop on, as a stop and not a timeout", async () => {
    const stop = new AbortController();
    const deadline = startDeadline({ firstMs: 10_000, parent: stop.signal });
    stop.abort();
    expect(deadline.signal.aborted).toBe(true);
    expect(deadline.timedOut).toBe(false);
  });
});

describe("generateText against a silent provider, with garbage collected during the wait", () => {
  let provider: FaultyProvider;
  beforeAll(async () => {
    provider = await startFaultyProvider();
  });
  afterAll(() => provider.close());
  beforeEach(() => {
    Object.assign(process.env, {
      AI_BASE_URL: provider.baseUrl,
      AI_API_KEY: "sk-test",
      AI_MODEL_MAP: "swift=silent",
      AI_TIMEOUT_MS: "300",
    });
    return () => {
      for (const name of ["AI_BASE_URL", "AI_API_KEY", "AI_MODEL_MAP", "AI_TIMEOUT_MS"]) delete process.env[name];
    };
  });

  it("gives up after AI_TIMEOUT_MS, every time", async () => {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const started = performance.now();
      const outcome = await collectGarbageWhile(
        generateText({ model: "swift", prompt: "Hello?" }).catch((error: unknown) => error),
      );
      const elapsed = performance.now() - started;
      expect(outcome).toBeInstanceOf(ProviderError);
      expect(outcome).toMatchObject({ failure: "timeout", message: "Swift did not answer in time" });
      expect(elapsed).toBeGreaterThanOrEqual(290);
      expect(elapsed).toBeLessThan(1_500);
    }
  });
});
