import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { localAnswer } from "@/lib/ai/local-text";
import { db } from "@/lib/db";
import { signInAsNewUser, signOut } from "@/lib/testing/session";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/session"));
const { POST } = await import("./route");

const post = (body: unknown, signal?: AbortSignal) =>
  POST(new Request("http://localhost/api/chat", { method: "POST", body: JSON.stringify(body), signal }));
const events = async (response: Response) =>
  (await response.text())
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));
const balance = async (userId: string) => (await db().wallet.findUniqueOrThrow({ where: { userId } })).available;

beforeEach(() => {
  process.env.TALLY_LOCAL_AI_DELAY_MS = "0";
  delete process.env.TALLY_FAULTS;
});

describe("POST /api/chat (streaming)", () => {
  it("streams the answer token by token, then the charged reply", async () => {
    const user = await signInAsNewUser();
    const response = await post({ requestId: randomUUID(), model: "sage", prompt: "Explain recursion" });
    expect(response.headers.get("content-type")).toContain("application/x-ndjson");
    const stream = await events(response);
    expect(stream[0]).toMatchObject({ type: "start", model: "sage", credits: 4 });
    const tokens = stream.filter((e) => e.type === "token");
    expect(tokens.length).toBeGreaterThan(10);
    expect(tokens.map((e) => e.text).join("")).toBe(localAnswer("sage", "Explain recursion"));
    expect(stream.at(-1)).toMatchObject({ type: "done", reply: { credits: 4, stopped: false } });
    expect(await balance(user.id)).toBe(96);
  });

  it("ends with an error event and no charge when the model fails mid-answer", async () => {
    const user = await signInAsNewUser();
    process.env.TALLY_FAULTS = "nimbus:fail";
    const stream = await events(await post({ requestId: randomUUID(), model: "nimbus", prompt: "hi" }));
    expect(stream.at(-1)).toMatchObject({
      type: "error",
      code: "PROVIDER_FAILED",
      message: expect.stringMatching(/not charged/),
    });
    expect(await balance(user.id)).toBe(100);
    const conversationId = stream[0].conversationId;
    expect(await db().message.findFirst({ where: { conversationId, role: "ASSISTANT" } })).toMatchObject({
      status: "FAILED",
      credits: 0,
    });
  });

  it("charges an answer stopped after it began, and keeps what was written", async () => {
    const user = await signInAsNewUser();
    process.env.TALLY_LOCAL_AI_DELAY_MS = "20";
    const stop = new AbortController();
    const response = await post(
      { requestId: randomUUID(), model: "swift", prompt: "Tell me a long story" },
      stop.signal,
    );
    const reader = response.body!.getReader();
    let text = "";
    while (!text.includes('"type":"token"')) text += new TextDecoder().decode((await reader.read()).value);
    stop.abort();
    while (true) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    expect(text).toContain('"stopped":true');
    expect(await balance(user.id)).toBe(99);
    // Reopened later, the saved answer still says it was stopped (partial text, charged).
    const conversationId = JSON.parse(text.split("\n")[0]!).conversationId;
    expect(await db().message.findFirst({ where: { conversationId, role: "ASSISTANT" } })).toMatchObject({
      stopped: true,
      credits: 1,
    });
  });

  it("answers 401 without a session and 400 for bad input, charging nothing", async () => {
    signOut();
    expect((await post({ requestId: randomUUID(), model: "swift", prompt: "hi" })).status).toBe(401);
    const user = await signInAsNewUser();
    const bad = await post({ requestId: randomUUID(), model: "swift", prompt: "x".repeat(9_000) });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      message: expect.stringMatching(/8,000/),
    });
    expect((await POST(new Request("http://localhost/api/chat", { method: "POST", body: "{not json" }))).status).toBe(
      400,
    );
    expect(await balance(user.id)).toBe(100);
  });
});
