import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getRequestDetail } from "@/lib/activity/queries";
import { db } from "@/lib/db";
import { signInAs, signInAsNewUser } from "@/lib/testing/session";

/*
 * Another person's things (IDOR) at the data layer: what is not already tested next to its feature.
 * Elsewhere: conversations and agents (lib/agents/actions/agents.db.test.ts), image and video files
 * (app/api/media/route.db.test.ts), request detail and Activity ranges (lib/activity/requests.db.test.ts),
 * the CSV export (app/api/activity/export/route.db.test.ts), council run lists (lib/council/queries.db.test.ts),
 * client-sent user ids (client-user-id.db.test.ts), and the pages themselves (e2e/security.spec.ts).
 * Messages have no endpoint of their own: they are read and answered only through their conversation.
 */

vi.mock("@/lib/auth/session", () => import("@/lib/testing/session"));
const { sendChatMessage } = await import("@/lib/testing/paid-requests");
const { runCouncilAction } = await import("@/lib/testing/paid-requests");
const { generateImage } = await import("@/lib/media/actions/generate-image");
const { buyPack } = await import("@/lib/billing/actions/buy-pack");
const { completeSandboxCheckout } = await import("@/lib/billing/actions/sandbox-checkout");

const SECRET = "the owner's secret plans";
const balance = async (userId: string) => (await db().wallet.findUniqueOrThrow({ where: { userId } })).available;

beforeEach(() => {
  process.env.TALLY_LOCAL_AI_DELAY_MS = "0";
});

describe("another person's council run", () => {
  it("is not in the intruder's request detail", async () => {
    const owner = await signInAsNewUser();
    await runCouncilAction({ requestId: randomUUID(), prompt: SECRET, models: ["swift", "nimbus"] });
    const intruder = await signInAsNewUser();
    for (const event of await db().usageEvent.findMany({ where: { userId: owner.id } })) {
      expect(await getRequestDetail({ userId: intruder.id, id: event.id })).toBeNull();
      expect(await getRequestDetail({ userId: owner.id, id: event.id })).toMatchObject({ council: { prompt: SECRET } });
    }
  });
});

/** What each paid request makes, by the key its result names it with. */
const MADE = {
  conversationId: (id: string) => db().conversation.findUniqueOrThrow({ where: { id } }),
  runId: (id: string) => db().councilRun.findUniqueOrThrow({ where: { id } }),
  mediaId: (id: string) => db().media.findUniqueOrThrow({ where: { id } }),
};

describe("another person's request id", () => {
  // Request ids make retries idempotent; a retry must only ever find the sender's own first attempt.
  it.each([
    [
      "a chat message",
      (requestId: string, prompt: string) => sendChatMessage({ requestId, model: "swift", prompt }),
      "conversationId",
    ],
    [
      "a council run",
      (requestId: string, prompt: string) => runCouncilAction({ requestId, prompt, models: ["swift", "nimbus"] }),
      "runId",
    ],
    [
      "an image",
      (requestId: string, prompt: string) =>
        generateImage({ requestId, prompt, model: "sketch", resolution: "512x512" }),
      "mediaId",
    ],
  ] as const)("reused for %s gives the intruder their own, never the owner's", async (_what, send, key) => {
    const requestId = randomUUID();
    await signInAsNewUser();
    const first = await send(requestId, SECRET);
    const intruder = await signInAsNewUser();
    const second = await send(requestId, "my own question");
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    const id = String((second.data as Record<string, unknown>)[key]);
    expect(id).not.toBe((first.data as Record<string, unknown>)[key]);
    expect(JSON.stringify(second)).not.toContain(SECRET);
    expect(await MADE[key](id)).toMatchObject({ userId: intruder.id });
    expect(await balance(intruder.id)).toBeLessThan(100);
  });
});

describe("another person's test-mode checkout", () => {
  it("cannot be paid (or failed) by the intruder; it stays open for its owner", async () => {
    const owner = await signInAsNewUser();
    const started = await buyPack({ packId: "pack-500" });
    const sessionId = started.ok ? started.data.redirectUrl.split("/").pop()! : "";
    await signInAsNewUser();
    for (const outcome of ["paid", "async_pending"] as const) {
      expect(await completeSandboxCheckout({ sessionId, outcome })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    expect(await db().packPurchase.findUniqueOrThrow({ where: { checkoutSessionId: sessionId } })).toMatchObject({
      userId: owner.id,
      status: "PENDING",
    });
    signInAs(owner);
    expect(await completeSandboxCheckout({ sessionId, outcome: "paid" })).toMatchObject({ ok: true });
    expect(await balance(owner.id)).toBe(600);
  });
});
