import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { CHAT_MODELS } from "@/config/pricing";
import { HISTORY_BYTES } from "@/lib/chat/history";
import { auditLedger } from "@/lib/credits";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { startFaultyProvider, type Behaviour, type FaultyProvider } from "@/lib/testing/faulty-provider";
import { signInAsNewUser } from "@/lib/testing/session";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/session"));
const { sendChatMessage } = await import("@/lib/testing/paid-requests");
const { runCouncilAction } = await import("@/lib/testing/paid-requests");
const { generateVideo } = await import("@/lib/media/actions/generate-video");

// Every case runs Tally's real chat path (hold → provider → settle or release) against a provider on
// loopback that misbehaves the way real ones do (lib/testing/faulty-provider.ts).
let provider: FaultyProvider;
beforeAll(async () => {
  provider = await startFaultyProvider({ trickleMs: 120 });
});
afterAll(() => provider.close());
beforeEach(() => {
  Object.assign(process.env, {
    AI_BASE_URL: provider.baseUrl,
    AI_API_KEY: "sk-probe-1234567890abcdef",
    AI_TIMEOUT_MS: "400",
  });
  return () => {
    for (const name of ["AI_BASE_URL", "AI_API_KEY", "AI_MODEL_MAP", "AI_TIMEOUT_MS", "AI_SILENCE_MS"])
      delete process.env[name];
  };
});

const balance = async (userId: string) => (await db().wallet.findUniqueOrThrow({ where: { userId } })).available;
const lastAnswer = async (userId: string) =>
  db().message.findFirstOrThrow({
    where: { role: "ASSISTANT", conversation: { userId } },
    orderBy: { createdAt: "desc" },
  });

async function ask(behaviour: Behaviour, model: "swift" | "sage" = "swift", conversationId?: string) {
  process.env.AI_MODEL_MAP = `${model}=${behaviour}`;
  const user = await signInAsNewUser();
  const started = performance.now();
  const result = await sendChatMessage({
    requestId: randomUUID(),
    model,
    prompt: "Tell me something.",
    conversationId,
  });
  return { user, result, elapsed: performance.now() - started };
}

describe("a provider that misbehaves never costs the person for nothing", () => {
  it("keeps and charges an answer that finished with 'stop' though the stream never ended", async () => {
    const { user, result, elapsed } = await ask("no-done");
    expect(result).toMatchObject({
      ok: true,
      data: { text: "Hello, world", credits: 1, stopped: false, cutOff: false },
    });
    expect(elapsed).toBeLessThan(400); // it did not wait for the limit
    expect(await balance(user.id)).toBe(99);
  });

  it("keeps the whole of a long answer that keeps coming past AI_TIMEOUT_MS (the limit is on silence)", async () => {
    const { user, result, elapsed } = await ask("trickle");
    expect(elapsed).toBeGreaterThan(1_200); // 12 tokens × 120 ms, three times the 400 ms limit
    expect(result).toMatchObject({ ok: true, data: { cutOff: false } });
    expect(result.ok && result.data.text.trim().split(" ")).toHaveLength(12);
    expect(await balance(user.id)).toBe(99);
  });

  it("releases a model that never says a word, after AI_TIMEOUT_MS", async () => {
    const { user, result, elapsed } = await ask("silent");
    expect(result).toMatchObject({
      ok: false,
      code: "PROVIDER_FAILED",
      message: "Swift did not answer in time. You were not charged.",
    });
    expect(elapsed).toBeGreaterThanOrEqual(390);
    expect(elapsed).toBeLessThan(2_000);
    expect(await balance(user.id)).toBe(100);
  });

  it.each(["stall", "hangup"] as const)(
    "keeps what arrived when the provider cuts the answer off mid-way (%s): charged, marked cut off",
    async (behaviour) => {
      process.env.AI_SILENCE_MS = "300";
      const { user, result } = await ask(behaviour);
      expect(result).toMatchObject({
        ok: true,
        data: { text: "The answer begins here", cutOff: true, stopped: false, credits: 1 },
      });
      expect(await lastAnswer(user.id)).toMatchObject({
        content: "The answer begins here",
        cutOff: true,
        credits: 1,
        status: "SUCCEEDED",
      });
      expect(await balance(user.id)).toBe(99);
    },
  );

  it.each(["empty", "whitespace"] as const)(
    "releases an %s answer: nothing charged, no empty bubble",
    async (behaviour) => {
      const { user, result } = await ask(behaviour);
      expect(result).toMatchObject({ ok: false, message: "Swift returned an empty answer. You were not charged." });
      expect(await lastAnswer(user.id)).toMatchObject({ status: "FAILED", credits: 0 });
      expect(await balance(user.id)).toBe(100);
    },
  );

  it("caps an answer the provider will not end: max_tokens is sent and the stream is cut at the byte cap", async () => {
    const { user, result } = await ask("huge");
    const cap = CHAT_MODELS.swift.maxAnswerTokens * 8;
    expect(result).toMatchObject({ ok: true, data: { cutOff: true, credits: 1 } });
    expect(Buffer.byteLength(result.ok ? result.data.text : "")).toBe(cap);
    expect(provider.requests.at(-1)!.body).toMatchObject({
      model: "huge",
      max_tokens: CHAT_MODELS.swift.maxAnswerTokens,
    });
    expect(await balance(user.id)).toBe(99);
  });

  it("sends at most HISTORY_BYTES of earlier turns, newest first", async () => {
    const { user, result } = await ask("huge");
    const conversationId = result.ok ? result.data.conversationId : "";
    for (let turn = 0; turn < 4; turn += 1) {
      await sendChatMessage({ requestId: randomUUID(), model: "swift", prompt: `turn ${turn}`, conversationId });
    }
    const messages = provider.requests.at(-1)!.body.messages as { role: string; content: string }[];
    const history = messages.slice(0, -1);
    expect(history.reduce((sum, message) => sum + Buffer.byteLength(message.content), 0)).toBeLessThanOrEqual(
      HISTORY_BYTES,
    );
    expect(history.at(-1)).toMatchObject({ role: "assistant" });
    expect(messages.at(-1)).toMatchObject({ role: "user", content: "turn 3" });
    expect(history.length).toBeGreaterThan(0);
    expect(await balance(user.id)).toBe(95);
  });

  it.each([
    ["refuse", "Swift declined this request. You were not charged."],
    ["rate-limited", "Swift is busy right now. Try again in 20 s. You were not charged."],
    ["bad-key", "Swift is not available right now. You were not charged."],
    ["down", "Swift is not available right now. You were not charged."],
    ["garbage", "Swift failed. You were not charged."],
  ] as const)(
    "tells the person what happened (%s) in Tally's words, never the provider's",
    async (behaviour, message) => {
      const { user, result } = await ask(behaviour);
      expect(result).toMatchObject({ ok: false, code: "PROVIDER_FAILED", message });
      const saved = await lastAnswer(user.id);
      expect(saved).toMatchObject({ content: message, credits: 0, status: "FAILED" });
      expect(saved.content).not.toMatch(/sk-|org-|\{|parser|\.\./);
      expect(await balance(user.id)).toBe(100);
    },
  );

  it("logs every failure with request, user, model and provider status, and never the key or the prompt", async () => {
    const warned = vi.spyOn(log, "warn");
    try {
      const { user } = await ask("rate-limited");
      expect(warned).toHaveBeenCalledWith(
        expect.objectContaining({
          userId: user.id,
          requestId: expect.any(String),
          model: "swift",
          failure: "rate_limited",
          providerStatus: 429,
          durationMs: expect.any(Number),
        }),
        "provider failed; hold released",
      );
      const logged = JSON.stringify(warned.mock.calls);
      expect(logged).not.toContain("sk-probe");
      expect(logged).not.toContain("Tell me something");
    } finally {
      warned.mockRestore();
    }
  });

  it("charges each Council model on its own: one cut off is kept, one silent is released", async () => {
    process.env.AI_MODEL_MAP = "swift=stall,sage=silent,nimbus=ok";
    process.env.AI_SILENCE_MS = "300";
    const user = await signInAsNewUser();
    const result = await runCouncilAction({
      requestId: randomUUID(),
      prompt: "Which is best?",
      models: ["swift", "sage", "nimbus"],
    });
    expect(result.ok && result.data.answers).toEqual([
      expect.objectContaining({ model: "nimbus", status: "SUCCEEDED", credits: 2, content: "Hello, world" }),
      expect.objectContaining({
        model: "sage",
        status: "FAILED",
        credits: 0,
        error: "Sage did not answer in time. You were not charged.",
      }),
      expect.objectContaining({ model: "swift", status: "SUCCEEDED", credits: 1, content: "The answer begins here" }),
    ]);
    expect(
      await db().councilAnswer.findFirstOrThrow({ where: { model: "swift", run: { userId: user.id } } }),
    ).toMatchObject({ cutOff: true });
    expect(await balance(user.id)).toBe(97);
  });

  it("stores a real video with the provider's thumbnail as its poster, and without one when there is none", async () => {
    const clip = async (behaviour: string, prompt: string) => {
      const user = await signInAsNewUser();
      process.env.AI_MODEL_MAP = `reel=${behaviour}`;
      expect(
        await generateVideo({ requestId: randomUUID(), prompt, model: "reel", resolution: "480p", seconds: 4 }),
      ).toMatchObject({ ok: true, data: { mimeType: "video/mp4" } });
      return db().media.findFirstOrThrow({
        where: { userId: user.id },
        select: { prompt: true, mimeType: true, posterMimeType: true },
      });
    };
    const clips = [await clip("clip", "waves"), await clip("clip-no-thumbnail", "rain")];
    expect(clips).toEqual([
      { prompt: "waves", mimeType: "video/mp4", posterMimeType: "image/png" },
      { prompt: "rain", mimeType: "video/mp4", posterMimeType: null },
    ]);
  });

  it("leaves the ledger consistent after all of it", async () => {
    expect(await auditLedger()).toEqual([]);
  });
});
