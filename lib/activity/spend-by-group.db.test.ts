import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { grant, hold, quote, release, settle } from "@/lib/credits";
import { db, type UsageKind } from "@/lib/db";
import { makeUser } from "@/lib/testing/factories";
import { getSpendByGroup } from "./queries";
import { resolveRange } from "./range";

const now = new Date("2027-02-10T12:00:00Z");
const range = resolveRange({ filters: { range: "7d" }, timeZone: "UTC", now });

async function request(
  userId: string,
  {
    conversationId,
    kind = "CHAT",
    at = new Date("2027-02-09T10:00:00Z"),
    fails = false,
  }: {
    conversationId?: string;
    kind?: UsageKind;
    at?: Date;
    fails?: boolean;
  },
) {
  const requestId = randomUUID();
  const priced =
    kind === "IMAGE" ? quote({ kind, model: "sketch", resolution: "512x512" }) : quote({ kind: "CHAT", model: "sage" });
  await hold({ userId, requestId, quote: priced, conversationId, now: at });
  if (fails) await release({ userId, requestId, reason: "The model failed", now: at });
  else await settle({ userId, requestId, result: { ok: true }, now: at });
  return fails ? 0 : priced.credits;
}

async function person() {
  const user = await makeUser({ now: new Date("2027-01-01T00:00:00Z") });
  await grant({
    userId: user.id,
    source: "PACK",
    amount: 10_000,
    grantKey: `pack:${randomUUID()}`,
    now: user.createdAt,
  });
  const chef = await db().agent.create({
    data: { userId: user.id, name: "Chef", instructions: "Cook.", model: "sage" },
  });
  const soup = await db().conversation.create({
    data: { userId: user.id, agentId: chef.id, title: "Soup for four", model: "sage" },
  });
  const stew = await db().conversation.create({
    data: { userId: user.id, agentId: chef.id, title: "A winter stew", model: "sage" },
  });
  const trip = await db().conversation.create({
    data: { userId: user.id, title: "A weekend in Lisbon", model: "sage" },
  });
  return { user, chef, soup, stew, trip };
}

describe("spending by conversation and by agent", () => {
  it("sums each conversation's requests in the range, and each agent's conversations, most credits first", async () => {
    const { user, chef, soup, stew, trip } = await person();
    const soupCredits =
      (await request(user.id, { conversationId: soup.id })) + (await request(user.id, { conversationId: soup.id }));
    const stewCredits = await request(user.id, { conversationId: stew.id });
    await request(user.id, { conversationId: stew.id, fails: true }); // a request, no credits
    const tripCredits = await request(user.id, { conversationId: trip.id });
    const imageCredits = await request(user.id, { kind: "IMAGE" });
    await request(user.id, { conversationId: trip.id, at: new Date("2027-01-20T10:00:00Z") }); // before the range

    const scope = { userId: user.id, range };
    expect(await getSpendByGroup(scope, "conversation")).toEqual(
      [
        { id: soup.id, label: "Soup for four", requests: 2, credits: soupCredits },
        { id: stew.id, label: "A winter stew", requests: 2, credits: stewCredits },
        { id: trip.id, label: "A weekend in Lisbon", requests: 1, credits: tripCredits },
        { id: null, label: "Not in a conversation", requests: 1, credits: imageCredits },
      ].sort((a, b) => b.credits - a.credits || b.requests - a.requests),
    );
    expect(await getSpendByGroup(scope, "agent")).toEqual(
      [
        { id: chef.id, label: "Chef", requests: 4, credits: soupCredits + stewCredits },
        { id: "none", label: "No agent (plain chats)", requests: 1, credits: tripCredits },
        { id: null, label: "Not in a conversation", requests: 1, credits: imageCredits },
      ].sort((a, b) => b.credits - a.credits || b.requests - a.requests),
    );
    // The kind filter narrows it like every view.
    expect(await getSpendByGroup({ ...scope, kind: "IMAGE" }, "agent")).toEqual([
      { id: null, label: "Not in a conversation", requests: 1, credits: imageCredits },
    ]);
  });

  it("shows nothing of anyone else's, and a deleted conversation without its title", async () => {
    const { user, trip } = await person();
    const other = await person();
    await request(other.user.id, { conversationId: other.trip.id });
    const credits = await request(user.id, { conversationId: trip.id });
    await db().conversation.delete({ where: { id: trip.id } }); // its events keep the id
    expect(await getSpendByGroup({ userId: user.id, range }, "conversation")).toEqual([
      { id: trip.id, label: "A deleted conversation", requests: 1, credits },
    ]);
    expect(await getSpendByGroup({ userId: user.id, range }, "agent")).toEqual([
      { id: "deleted", label: "A deleted conversation", requests: 1, credits },
    ]);
  });

  it("lists the 49 costliest conversations and sums the rest in one row", async () => {
    const { user } = await person();
    let total = 0;
    for (let i = 0; i < 52; i += 1) {
      const conversation = await db().conversation.create({
        data: { userId: user.id, title: `Chat ${i}`, model: "sage" },
      });
      for (let n = 0; n <= i % 3; n += 1) total += await request(user.id, { conversationId: conversation.id });
    }
    const rows = await getSpendByGroup({ userId: user.id, range }, "conversation");
    expect(rows).toHaveLength(50);
    expect(rows.at(-1)).toMatchObject({ id: "rest", label: "3 more" });
    expect(rows.slice(0, 49).every((row) => row.label.startsWith("Chat "))).toBe(true);
    expect(rows.reduce((sum, row) => sum + row.credits, 0)).toBe(total);
    expect(rows.reduce((sum, row) => sum + row.requests, 0)).toBe(103); // 1, 2 or 3 requests each
  });
});
