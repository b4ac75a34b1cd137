import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { eraseUnsentGoodbyes } from "@/lib/email/deliver";
import { db, dbDialect } from "@/lib/db";
import { readZip } from "@/lib/testing/zip";
import { signInAs } from "@/lib/testing/session";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/session"));

// Test mode (the built-in Stripe sandbox): a subscription to cancel, a customer to anonymise.
delete process.env.NEXTAUTH_URL;
const { createUser, getUserByEmail } = await import("@/lib/auth/queries");
const { deleteOwnAccount } = await import("./actions/delete-account");
const { accountExport } = await import("./export");
const { accountExportZip } = await import("./export-zip");
const { sendChatMessage } = await import("@/lib/testing/paid-requests");
const { saveAgent } = await import("@/lib/agents/actions/save-agent");
const { generateImage } = await import("@/lib/media/actions/generate-image");
const { runCouncilAction } = await import("@/lib/testing/paid-requests");
const { startPlanChange } = await import("@/lib/billing/actions/start-plan-change");
const { buyPack } = await import("@/lib/billing/actions/buy-pack");
const { completeSandboxCheckout } = await import("@/lib/billing/actions/sandbox-checkout");
const { stripe } = await import("@/lib/billing/stripe");
const { startSession } = await import("@/lib/auth/sessions");

beforeEach(() => {
  process.env.TALLY_LOCAL_AI_DELAY_MS = "0";
});

const ok = <T>(result: { ok: true; data: T } | { ok: false; message: string }) => {
  if (!result.ok) throw new Error(result.message);
  return result.data;
};

/** A person who used everything, with words that must not survive them. */
async function personWithHistory() {
  const secret = `secret-${randomUUID()}`;
  const user = await createUser({
    email: `leaver-${randomUUID()}@example.test`,
    name: `Name ${secret}`,
    emailVerified: true,
  });
  signInAs(user);
  await startSession({ userId: user.id, userAgent: `browser ${secret}` });
  await db().knownSignInAddress.create({
    data: { userId: user.id, addressHash: "a".repeat(64), lastSeenAt: new Date() },
  });
  ok(
    await completeSandboxCheckout({
      sessionId: ok(await startPlanChange({ plan: "STARTER" }))
        .redirectUrl!.split("/")
        .pop()!,
      outcome: "paid",
    }),
  );
  ok(
    await completeSandboxCheckout({
      sessionId: ok(await buyPack({ packId: "pack-500" }))
        .redirectUrl.split("/")
        .pop()!,
      outcome: "paid",
    }),
  );
  ok(await sendChatMessage({ requestId: randomUUID(), model: "swift", prompt: `chat ${secret}` }));
  ok(await saveAgent({ name: `Agent ${secret}`, instructions: `Instructions ${secret}`, model: "swift" }));
  ok(
    await generateImage({ requestId: randomUUID(), prompt: `image ${secret}`, model: "sketch", resolution: "512x512" }),
  );
  ok(await runCouncilAction({ requestId: randomUUID(), prompt: `council ${secret}`, models: ["swift", "nimbus"] }));
  return { user, secret };
}

/** Every row of every table, as text (bytes as base64): where a person's email, name or words could hide. */
async function everyRow() {
  const tables =
    dbDialect() === "postgres"
      ? (
          await db().$queryRawUnsafe<{ name: string }[]>(
            `SELECT tablename::text AS name FROM pg_tables WHERE schemaname = current_schema()`,
          )
        ).map((row) => row.name)
      : (
          await db().$queryRawUnsafe<{ name: string }[]>(
            `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`,
          )
        ).map((row) => row.name);
  const dump: Record<string, string> = {};
  for (const table of tables) {
    // PostgreSQL: each row as its JSON text (enum and bytea columns included).
    const rows =
      dbDialect() === "postgres"
        ? await db().$queryRawUnsafe<unknown[]>(`SELECT row_to_json(t)::text AS row FROM "${table}" AS t`)
        : await db().$queryRawUnsafe<unknown[]>(`SELECT * FROM "${table}"`);
    dump[table] = JSON.stringify(rows, (_key, value) =>
      value instanceof Uint8Array
        ? Buffer.from(value).toString("base64")
        : typeof value === "bigint"
          ? String(value)
          : value,
    );
  }
  return dump;
}

describe("deleting an account", () => {
  it("needs the email typed exactly; then nothing anywhere holds the person's email, name or words, and the ledger still adds up", async () => {
    const { user, secret } = await personWithHistory();
    expect(await deleteOwnAccount({ confirmEmail: "someone@else.test" })).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
    });
    expect(await db().conversation.count({ where: { userId: user.id } })).toBe(1);
    const subscriptionId = (await db().subscription.findUniqueOrThrow({ where: { userId: user.id } }))
      .stripeSubscriptionId;
    const ledgerBefore = await db().ledgerEntry.count({ where: { userId: user.id } });

    expect(await deleteOwnAccount({ confirmEmail: ` ${user.email.toUpperCase()} ` })).toEqual({
      ok: true,
      data: { deleted: true },
    });

    const leaks = async () =>
      Object.entries(await everyRow()).filter(([, text]) => [user.email, secret].some((trace) => text.includes(trace)));
    // One row holds the address: the goodbye email, erased once sent, or after a day unsent (here: no SMTP).
    expect((await leaks()).map(([table]) => table)).toEqual(["EmailOutbox"]);
    expect(await db().emailOutbox.findMany({ where: { to: user.email } })).toMatchObject([
      { subject: "Your Tally account was deleted", eraseAfterSend: true },
    ]);
    expect(await eraseUnsentGoodbyes({ now: new Date(Date.now() + 23 * 3_600_000) })).toBe(0);
    expect(await eraseUnsentGoodbyes({ now: new Date(Date.now() + 25 * 3_600_000) })).toBe(1);
    expect(await leaks()).toEqual([]);
    expect(await getUserByEmail({ email: user.email })).toBeNull();
    // Money records stay (anonymised): the ledger grew by the expiry of what was left, nothing was removed.
    expect(await db().ledgerEntry.count({ where: { userId: user.id } })).toBeGreaterThan(ledgerBefore);
    expect(await db().wallet.findUniqueOrThrow({ where: { userId: user.id } })).toMatchObject({ available: 0 });
    expect(await db().usageEvent.count({ where: { userId: user.id } })).toBeGreaterThan(0);
    expect(await db().payment.count({ where: { userId: user.id } })).toBe(2);
    expect((await (await stripe()).subscriptions.retrieve(subscriptionId)).status).toBe("canceled");
    expect(await db().authSession.count({ where: { userId: user.id } })).toBe(0);
    expect(await db().knownSignInAddress.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("the data export", () => {
  it("streams the person's own profile, conversations, agents, council runs, media, usage and ledger as JSON, without secrets", async () => {
    const { user, secret } = await personWithHistory();
    const other = await personWithHistory();
    signInAs(user);
    const text = await new Response(accountExport({ userId: user.id })).text();
    const data = JSON.parse(text);
    expect(data.profile).toMatchObject({ id: user.id, email: user.email, name: `Name ${secret}` });
    expect(data.conversations).toHaveLength(1);
    expect(data.conversations[0].messages.map((message: { role: string }) => message.role)).toEqual([
      "USER",
      "ASSISTANT",
    ]);
    expect(data.agents).toHaveLength(1);
    expect(data.councilRuns[0].answers).toHaveLength(2);
    expect(data.media).toHaveLength(1);
    expect(data.media[0]).not.toHaveProperty("data");
    expect(data.usage.length).toBeGreaterThan(0);
    expect(data.ledger.length).toBeGreaterThan(0);
    expect(text).toContain(`chat ${secret}`);
    expect(text).not.toContain(other.secret);
    expect(text).not.toContain("passwordHash");
  });

  it("as a ZIP: the same JSON and every image file itself, byte for byte, and nothing of anyone else's", async () => {
    const { user } = await personWithHistory();
    const other = await personWithHistory();
    const archive = await readZip(
      Buffer.from(await new Response(await accountExportZip({ userId: user.id })).arrayBuffer()),
    );
    const [image] = await db().media.findMany({ where: { userId: user.id } });
    const names = [...archive.keys()];
    expect(names).toEqual([
      "tally-data.json",
      expect.stringMatching(new RegExp(`^media/${image!.id}-tally-image-image-[\\w-]+\\.(png|svg)$`)),
    ]);
    const json = JSON.parse(archive.get("tally-data.json")!.bytes.toString("utf8"));
    expect(json.profile.id).toBe(user.id);
    expect(json.media.map((item: { id: string }) => item.id)).toEqual([image!.id]);
    expect(archive.get("tally-data.json")!.compressed).toBe(true);
    const file = archive.get(names[1]!)!;
    expect(file.compressed).toBe(false);
    expect(file.bytes.equals(Buffer.from(image!.data))).toBe(true);
    expect(names.join()).not.toContain((await db().media.findFirstOrThrow({ where: { userId: other.user.id } })).id);
  });
});
