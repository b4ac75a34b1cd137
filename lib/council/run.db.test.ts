import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CHAT_MODELS } from "@/config/pricing";
import { db } from "@/lib/db";
import { spyOnProvider } from "@/lib/testing/provider-spy";
import { signInAsNewUser } from "@/lib/testing/session";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/session"));
const { runCouncilAction } = await import("@/lib/testing/paid-requests");
const { POST } = await import("@/app/api/council/route");

const balance = async (userId: string) => (await db().wallet.findUniqueOrThrow({ where: { userId } })).available;
let spy: ReturnType<typeof spyOnProvider>;
beforeEach(() => {
  spy = spyOnProvider();
  process.env.TALLY_LOCAL_AI_DELAY_MS = "0";
  delete process.env.TALLY_FAULTS;
});
afterEach(() => vi.restoreAllMocks());

describe("Council Mode", () => {
  it("charges every model that answers, and refunds the one that fails on its own", async () => {
    const user = await signInAsNewUser();
    process.env.TALLY_FAULTS = "atlas:fail";
    const result = await runCouncilAction({
      requestId: randomUUID(),
      prompt: "Is coffee good for you?",
      models: ["swift", "sage", "atlas"],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const charged = CHAT_MODELS.swift.creditsPerMessage + CHAT_MODELS.sage.creditsPerMessage;
    expect(result.data.charged).toBe(charged);
    expect(result.data.answers).toMatchObject([
      {
        model: "atlas",
        status: "FAILED",
        credits: 0,
        error: expect.stringMatching(/^Atlas failed\. You were not charged\.$/),
      },
      { model: "sage", status: "SUCCEEDED", credits: 4 },
      { model: "swift", status: "SUCCEEDED", credits: 1 },
    ]);
    expect(await balance(user.id)).toBe(100 - charged);
    const events = await db().usageEvent.findMany({ where: { userId: user.id }, orderBy: { model: "asc" } });
    expect(events.map((e) => [e.model, e.kind, e.status, e.credits, e.groupId])).toEqual([
      ["atlas", "COUNCIL", "FAILED_REFUNDED", 0, result.data.runId],
      ["sage", "COUNCIL", "SUCCEEDED", 4, result.data.runId],
      ["swift", "COUNCIL", "SUCCEEDED", 1, result.data.runId],
    ]);
  });

  it("sends nothing when the balance cannot cover every chosen model, and says how many credits are missing", async () => {
    const user = await signInAsNewUser();
    // 100 credits: 4 runs of oracle + atlas (23 each) leave 8; all five models need 30.
    for (let i = 0; i < 4; i += 1)
      await runCouncilAction({ requestId: randomUUID(), prompt: `q${i}`, models: ["oracle", "atlas"] });
    const before = await balance(user.id);
    expect(before).toBe(8);
    spy.text.mockClear();
    const result = await runCouncilAction({
      requestId: randomUUID(),
      prompt: "big question",
      models: ["oracle", "atlas", "sage", "nimbus", "swift"],
    });
    const total = 15 + 8 + 4 + 2 + 1;
    expect(result).toMatchObject({
      ok: false,
      code: "INSUFFICIENT_CREDITS",
      details: { required: total, available: before, missing: total - before },
    });
    expect(result.ok || result.message).toMatch(new RegExp(`${total - before} missing`));
    expect(spy.text).not.toHaveBeenCalled();
    expect(await balance(user.id)).toBe(before);
    expect(await db().hold.count({ where: { userId: user.id, status: "HELD" } })).toBe(0);
  });

  it("charges a retried run once and returns the first answers", async () => {
    const user = await signInAsNewUser();
    const input = { requestId: randomUUID(), prompt: "Best way to learn piano?", models: ["swift", "nimbus"] };
    const first = await runCouncilAction(input);
    spy.text.mockClear();
    const again = await runCouncilAction(input);
    expect(again).toEqual(first);
    expect(spy.text).not.toHaveBeenCalled();
    expect(await balance(user.id)).toBe(97);
  });

  it.each([
    [["swift"], /at least 2/],
    [["swift", "nimbus", "sage", "atlas", "oracle", "swift"], /at most 5/],
    [["swift", "swift"], /each model once/],
    [["swift", "gpt-9"], /Unknown model/],
  ])("rejects the model list %j", async (models, message) => {
    const user = await signInAsNewUser();
    const result = await runCouncilAction({ requestId: randomUUID(), prompt: "hi", models });
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT", message: expect.stringMatching(message) });
    expect(await balance(user.id)).toBe(100);
  });

  it("streams each model's tokens side by side and ends with the run's total", async () => {
    await signInAsNewUser();
    const response = await POST(
      new Request("http://localhost/api/council", {
        method: "POST",
        body: JSON.stringify({ requestId: randomUUID(), prompt: "Name a colour", models: ["swift", "nimbus"] }),
      }),
    );
    const events = (await response.text())
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(events[0]).toMatchObject({
      type: "start",
      total: 3,
      models: [
        { model: "swift", credits: 1 },
        { model: "nimbus", credits: 2 },
      ],
    });
    expect(new Set(events.filter((e) => e.type === "token").map((e) => e.model))).toEqual(new Set(["swift", "nimbus"]));
    expect(events.at(-1)).toMatchObject({ type: "done", summary: { charged: 3 } });
  });
});
