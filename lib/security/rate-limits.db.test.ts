import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { spyOnProvider } from "@/lib/testing/provider-spy";
import { signInAs, signInAsNewUser } from "@/lib/testing/session";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/session"));
const { sendChatMessage } = await import("@/lib/testing/paid-requests");
const { renameConversation } = await import("@/lib/chat/actions/rename-conversation");
const { runCouncilAction } = await import("@/lib/testing/paid-requests");
const { generateImage } = await import("@/lib/media/actions/generate-image");
const { generateVideo } = await import("@/lib/media/actions/generate-video");
const { buyPack } = await import("@/lib/billing/actions/buy-pack");
const { POST: chatRoute } = await import("@/app/api/chat/route");
const { POST: councilRoute } = await import("@/app/api/council/route");

const balance = async (userId: string) => (await db().wallet.findUniqueOrThrow({ where: { userId } })).available;
const chat = () => sendChatMessage({ requestId: randomUUID(), model: "swift", prompt: "hi" });
const refused = (limit: number, counted = "paid requests") => ({
  ok: false,
  code: "RATE_LIMITED",
  message: expect.stringMatching(
    new RegExp(
      `^Too many ${counted}: the limit is ${limit} a minute\\. Try again in \\d+ seconds?; nothing was charged\\.$`,
    ),
  ),
  details: { retryAfterSeconds: expect.any(Number) },
});
const post = (route: (request: Request) => Promise<Response>, body: unknown) =>
  route(new Request("http://localhost/api", { method: "POST", body: JSON.stringify(body) }));

let spy: ReturnType<typeof spyOnProvider>;
beforeEach(() => {
  spy = spyOnProvider();
  vi.stubEnv("TALLY_LOCAL_AI_DELAY_MS", "0");
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe("paid-request rate limit", () => {
  it("refuses the request over the limit with a retry time; it costs nothing and never reaches a model", async () => {
    vi.stubEnv("TALLY_RATE_LIMIT_PAID_PER_MINUTE", "3");
    const user = await signInAsNewUser();
    for (let i = 0; i < 3; i += 1) expect(await chat()).toMatchObject({ ok: true });
    spy.text.mockClear();
    const requestId = randomUUID();
    const result = await sendChatMessage({ requestId, model: "swift", prompt: "one too many" });
    expect(result).toEqual(refused(3));
    expect(!result.ok && result.details?.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(spy.text).not.toHaveBeenCalled();
    expect(await balance(user.id)).toBe(97);
    expect(await db().hold.count({ where: { userId: user.id, requestId } })).toBe(0);
    expect(await db().usageEvent.count({ where: { userId: user.id, requestId } })).toBe(0);
  });

  it("counts per person: someone else is unaffected", async () => {
    vi.stubEnv("TALLY_RATE_LIMIT_PAID_PER_MINUTE", "2");
    const busy = await signInAsNewUser();
    await chat();
    await chat();
    expect(await chat()).toEqual(refused(2));
    const other = await signInAsNewUser();
    expect(await chat()).toMatchObject({ ok: true, data: { balance: 99 } });
    signInAs(busy);
    expect(await chat()).toEqual(refused(2));
    expect([await balance(busy.id), await balance(other.id)]).toEqual([98, 99]);
  });

  it("opens a new window a minute later", async () => {
    vi.stubEnv("TALLY_RATE_LIMIT_PAID_PER_MINUTE", "2");
    const start = new Date("2026-11-26T10:00:00Z");
    vi.useFakeTimers({ toFake: ["Date"], now: start });
    const user = await signInAsNewUser();
    await chat();
    vi.setSystemTime(start.getTime() + 45_000);
    await chat();
    expect(await chat()).toMatchObject({ ...refused(2), message: expect.stringContaining("Try again in 15 seconds") });
    vi.setSystemTime(start.getTime() + 60_001);
    expect(await chat()).toMatchObject({ ok: true });
    expect(await balance(user.id)).toBe(97);
  });

  it("defaults to 60 a minute, counting refused input too", async () => {
    await signInAsNewUser();
    for (let i = 0; i < 60; i += 1)
      expect(await sendChatMessage({})).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(await chat()).toEqual(refused(60));
    expect(spy.text).not.toHaveBeenCalled();
  });

  const requestId = randomUUID();
  const paidPaths: [string, () => Promise<unknown>][] = [
    ["sendChatMessage", () => sendChatMessage({ requestId, model: "swift", prompt: "hi" })],
    ["runCouncilAction", () => runCouncilAction({ requestId, prompt: "hi", models: ["swift", "nimbus"] })],
    ["generateImage", () => generateImage({ requestId, prompt: "a fox", model: "sketch", resolution: "512x512" })],
    [
      "generateVideo",
      () => generateVideo({ requestId, prompt: "waves", model: "reel", resolution: "480p", seconds: 4 }),
    ],
    ["POST /api/chat", () => post(chatRoute, { requestId, model: "swift", prompt: "hi" })],
    ["POST /api/council", () => post(councilRoute, { requestId, prompt: "hi", models: ["swift", "nimbus"] })],
  ];

  it.each(paidPaths)(
    "%s draws on the one paid-request budget (routes answer 429 with Retry-After)",
    async (_name, call) => {
      vi.stubEnv("TALLY_RATE_LIMIT_PAID_PER_MINUTE", "1");
      const user = await signInAsNewUser();
      await sendChatMessage({});
      const result = await call();
      const body = result instanceof Response ? await result.json() : result;
      expect(body).toEqual(refused(1));
      if (result instanceof Response) {
        expect(result.status).toBe(429);
        expect(result.headers.get("Retry-After")).toBe(String(body.details.retryAfterSeconds));
      }
      expect([spy.text, spy.image, spy.video].every((model) => model.mock.calls.length === 0)).toBe(true);
      expect(await balance(user.id)).toBe(100);
      expect(await db().hold.count({ where: { userId: user.id } })).toBe(0);
    },
  );
});

describe("other actions' rate limits", () => {
  it("changes get 30 a minute and billing 10, each its own budget apart from paid requests", async () => {
    await signInAsNewUser();
    const rename = () => renameConversation({ conversationId: "missing", title: "x" });
    for (let i = 0; i < 30; i += 1) expect(await rename()).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await rename()).toEqual(refused(30, "changes"));
    for (let i = 0; i < 10; i += 1)
      expect(await buyPack({ packId: "none" })).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(await buyPack({ packId: "none" })).toEqual(refused(10, "billing requests"));
    expect(await chat()).toMatchObject({ ok: true });
  });
});
