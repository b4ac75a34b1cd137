import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { makeUser } from "@/lib/testing/factories";

const session = vi.hoisted(() => ({
  user: null as null | { id: string; email: string; name: string | null; plan: "FREE"; timeZone: string },
}));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => session.user }));
const providerCalls = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/ai/local", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/ai/local")>();
  return {
    ...original,
    localProvider: {
      ...original.localProvider,
      streamText: (request: Parameters<typeof original.localProvider.streamText>[0]) => {
        providerCalls.count += 1;
        return original.localProvider.streamText(request);
      },
    },
  };
});

const { sendChatMessage } = await import("@/lib/testing/paid-requests");
const { localAnswer } = await import("@/lib/ai/local-text");

async function signIn() {
  const user = await makeUser();
  session.user = { id: user.id, email: user.email, name: user.name, plan: "FREE", timeZone: "UTC" };
  return user;
}
const balance = async (userId: string) => (await db().wallet.findUniqueOrThrow({ where: { userId } })).available;

beforeEach(() => {
  process.env.TALLY_LOCAL_AI_DELAY_MS = "0";
  delete process.env.TALLY_FAULTS;
  delete process.env.AI_TIMEOUT_MS;
  providerCalls.count = 0;
});

describe("sendChatMessage", () => {
  it("answers with the local model and charges exactly the table price", async () => {
    const user = await signIn();
    const result = await sendChatMessage({ requestId: randomUUID(), model: "sage", prompt: "How do I learn Rust?" });
    expect(result).toMatchObject({
      ok: true,
      data: {
        text: localAnswer("sage", "How do I learn Rust?"),
        model: "sage",
        credits: 4,
        balance: 96,
        stopped: false,
      },
    });
    expect(await balance(user.id)).toBe(96);
    // The conversation and both messages are saved; the answer carries its cost.
    const conversationId = result.ok ? result.data.conversationId : "";
    const messages = await db().message.findMany({ where: { conversationId }, orderBy: { createdAt: "asc" } });
    expect(messages).toMatchObject([
      { role: "USER", content: "How do I learn Rust?", credits: 0 },
      { role: "ASSISTANT", model: "sage", credits: 4, status: "SUCCEEDED" },
    ]);
    expect(await db().conversation.findUnique({ where: { id: conversationId } })).toMatchObject({
      userId: user.id,
      title: "How do I learn Rust?",
    });
  });

  it("charges a retried request once and returns the first answer", async () => {
    const user = await signIn();
    const requestId = randomUUID();
    const first = await sendChatMessage({ requestId, model: "nimbus", prompt: "hello" });
    const again = await sendChatMessage({ requestId, model: "nimbus", prompt: "hello" });
    expect(again).toEqual(first);
    expect(providerCalls.count).toBe(1);
    expect(await balance(user.id)).toBe(98);
  });

  it("refuses without a session", async () => {
    session.user = null;
    expect(await sendChatMessage({ requestId: randomUUID(), model: "swift", prompt: "hi" })).toMatchObject({
      ok: false,
      code: "UNAUTHENTICATED",
    });
    expect(providerCalls.count).toBe(0);
  });

  it.each([
    [{ requestId: "not-a-uuid", model: "swift", prompt: "hi" }, /requestId/],
    [{ requestId: randomUUID(), model: "gpt-unknown", prompt: "hi" }, /Unknown model/],
    [{ requestId: randomUUID(), model: "swift", prompt: "   " }, /Write a message first/],
    [{ requestId: randomUUID(), model: "swift", prompt: "x".repeat(8_001) }, /8,000/],
    [{ requestId: randomUUID(), model: "swift", prompt: "hi", credits: -5, userId: "someone-else" }, null],
    ["just a string", /expected object/i],
  ])("rejects bad input %# clearly and charges nothing", async (input, message) => {
    const user = await signIn();
    const result = await sendChatMessage(input);
    if (message === null) {
      // Unknown fields (a client-sent price or user id) are ignored, never trusted.
      expect(result).toMatchObject({ ok: true, data: { credits: 1 } });
      expect(await balance(user.id)).toBe(99);
      return;
    }
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT", message: expect.stringMatching(message) });
    expect(await balance(user.id)).toBe(100);
    expect(providerCalls.count).toBe(0);
  });

  it("with too few credits says how many are missing and never calls the model", async () => {
    const user = await signIn();
    for (let i = 0; i < 6; i += 1) await sendChatMessage({ requestId: randomUUID(), model: "oracle", prompt: `q${i}` });
    providerCalls.count = 0;
    const result = await sendChatMessage({ requestId: randomUUID(), model: "oracle", prompt: "one more" });
    expect(result).toMatchObject({ ok: false, code: "INSUFFICIENT_CREDITS", details: { missing: 5 } });
    expect(providerCalls.count).toBe(0);
    expect(await balance(user.id)).toBe(10);
  });

  it.each(["fail", "timeout"])(
    "releases the hold when the model %ss: nothing charged, shown as refunded",
    async (fault) => {
      const user = await signIn();
      process.env.TALLY_FAULTS = `atlas:${fault}`;
      process.env.AI_TIMEOUT_MS = "300";
      const requestId = randomUUID();
      const result = await sendChatMessage({ requestId, model: "atlas", prompt: "will this work?" });
      expect(result).toMatchObject({
        ok: false,
        code: "PROVIDER_FAILED",
        message: expect.stringMatching(/not charged/),
      });
      expect(await balance(user.id)).toBe(100);
      expect(await db().usageEvent.findFirst({ where: { requestId } })).toMatchObject({
        status: "FAILED_REFUNDED",
        credits: 0,
      });
    },
  );
});
