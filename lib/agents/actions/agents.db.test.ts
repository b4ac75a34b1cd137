import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { CHAT_MODELS } from "@/config/pricing";
import { db } from "@/lib/db";
import { signInAs, signInAsNewUser } from "@/lib/testing/session";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/session"));
const { saveAgent } = await import("./save-agent");
const { deleteAgent } = await import("./delete-agent");
const { sendChatMessage } = await import("@/lib/testing/paid-requests");
const { renameConversation } = await import("@/lib/chat/actions/rename-conversation");
const { deleteConversation } = await import("@/lib/chat/actions/delete-conversation");

const balance = async (userId: string) => (await db().wallet.findUniqueOrThrow({ where: { userId } })).available;
beforeEach(() => {
  process.env.TALLY_LOCAL_AI_DELAY_MS = "0";
});

const fields = {
  name: "Chef",
  instructions: "You suggest quick weeknight dinners.",
  model: "atlas",
  starterPrompts: ["What can I cook in 20 minutes?"],
};

describe("agents", () => {
  it("are created, edited and deleted by their owner", async () => {
    await signInAsNewUser();
    const created = await saveAgent(fields);
    expect(created).toMatchObject({
      ok: true,
      data: { name: "Chef", model: "atlas", starterPrompts: JSON.stringify(fields.starterPrompts) },
    });
    const agentId = created.ok ? created.data.id : "";
    expect(await saveAgent({ ...fields, agentId, name: "Head chef", model: "sage" })).toMatchObject({
      ok: true,
      data: { name: "Head chef", model: "sage" },
    });
    expect(await deleteAgent({ agentId })).toEqual({ ok: true, data: { agentId } });
    expect(await db().agent.count({ where: { id: agentId } })).toBe(0);
  });

  it("charge a conversation at the agent's model price and answer with its instructions", async () => {
    const user = await signInAsNewUser();
    const created = await saveAgent(fields);
    const agentId = created.ok ? created.data.id : "";
    // A cheaper model sent by the client is ignored: the agent's model sets the price.
    const reply = await sendChatMessage({ requestId: randomUUID(), agentId, model: "swift", prompt: "Dinner ideas?" });
    expect(reply).toMatchObject({ ok: true, data: { model: "atlas", credits: CHAT_MODELS.atlas.creditsPerMessage } });
    expect(reply.ok && reply.data.text).toContain("Following your agent's instructions");
    expect(await balance(user.id)).toBe(100 - CHAT_MODELS.atlas.creditsPerMessage);
    expect(await db().usageEvent.findFirst({ where: { userId: user.id } })).toMatchObject({
      kind: "AGENT",
      model: "atlas",
    });
  });

  it("belong to their owner only: others can neither use, edit nor delete them", async () => {
    const owner = await signInAsNewUser();
    const created = await saveAgent(fields);
    const agentId = created.ok ? created.data.id : "";
    const intruder = await signInAsNewUser();
    expect(await sendChatMessage({ requestId: randomUUID(), agentId, prompt: "hi" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await saveAgent({ ...fields, agentId, name: "Mine now" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await deleteAgent({ agentId })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await balance(intruder.id)).toBe(100);
    signInAs(owner);
    expect(await db().agent.findUnique({ where: { id: agentId } })).toMatchObject({ name: "Chef" });
  });

  it("validate their fields clearly", async () => {
    await signInAsNewUser();
    expect(await saveAgent({ ...fields, name: "" })).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      message: expect.stringMatching(/name/),
    });
    expect(await saveAgent({ ...fields, starterPrompts: ["a", "b", "c", "d", "e"] })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Up to 4/),
    });
    expect(await saveAgent({ ...fields, model: "sketch" })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Unknown model/),
    });
  });
});

describe("conversations", () => {
  it("continue with context, keep a running total, and can be renamed and deleted by their owner only", async () => {
    const owner = await signInAsNewUser();
    const first = await sendChatMessage({ requestId: randomUUID(), model: "nimbus", prompt: "Plan a trip to Lisbon" });
    const conversationId = first.ok ? first.data.conversationId : "";
    await sendChatMessage({ requestId: randomUUID(), conversationId, prompt: "And in winter?" });
    const messages = await db().message.findMany({ where: { conversationId } });
    expect(messages.filter((m) => m.role === "ASSISTANT").reduce((s, m) => s + m.credits, 0)).toBe(4);

    const intruder = await signInAsNewUser();
    expect(await sendChatMessage({ requestId: randomUUID(), conversationId, prompt: "let me in" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await renameConversation({ conversationId, title: "mine" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await deleteConversation({ conversationId })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await balance(intruder.id)).toBe(100);

    signInAs(owner);
    expect(await renameConversation({ conversationId, title: "Lisbon trip" })).toMatchObject({ ok: true });
    expect(await deleteConversation({ conversationId })).toMatchObject({ ok: true });
    expect(await db().message.count({ where: { conversationId } })).toBe(0);
    // The charges stay in the ledger and in Activity.
    expect(await db().usageEvent.count({ where: { userId: owner.id } })).toBe(2);
  });
});
