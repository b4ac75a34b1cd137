import { randomUUID } from "node:crypto";
import { addDays, addHours, addMinutes } from "date-fns";
import type { ChatModelId, ImageModelId, ImageResolution, VideoModelId } from "@/config/pricing";
import { hashPassword } from "@/lib/auth/password";
import { createUser, getUserByEmail } from "@/lib/auth/queries";
import { grant, hold, quote, release, rolloverIfDue, settle, type PricedAction } from "@/lib/credits";
import { DEMO_ACCOUNT } from "@/lib/demo";

/** Deterministic pseudo-random numbers (mulberry32), so every fresh install shows the same history. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HISTORY_DAYS = 40;

function pickAction(next: () => number): PricedAction {
  const roll = next();
  if (roll < 0.015)
    return { kind: "VIDEO", model: (next() < 0.7 ? "reel" : "cinema") as VideoModelId, seconds: 4, resolution: "480p" };
  if (roll < 0.11) {
    const model = (["sketch", "sketch", "prism", "aurora"] as ImageModelId[])[Math.floor(next() * 4)]!;
    const resolution = (["512x512", "1024x1024", "1024x1024", "1792x1024"] as ImageResolution[])[
      Math.floor(next() * 4)
    ]!;
    return { kind: "IMAGE", model, resolution };
  }
  const model = (
    ["swift", "swift", "swift", "swift", "nimbus", "nimbus", "sage", "sage", "atlas", "oracle"] as ChatModelId[]
  )[Math.floor(next() * 10)]!;
  return { kind: roll < 0.2 ? "AGENT" : roll < 0.26 ? "COUNCIL" : "CHAT", model };
}

/**
 * Creates the demo account once, with a few weeks of realistic usage recorded through the real
 * ledger (holds, settles, a few refunded failures, a pack purchase and a monthly reset).
 */
export async function seedDemo({ now = new Date() } = {}) {
  if (await getUserByEmail({ email: DEMO_ACCOUNT.email })) return { created: false };
  const start = addDays(now, -HISTORY_DAYS);
  const user = await createUser({
    email: DEMO_ACCOUNT.email,
    name: DEMO_ACCOUNT.name,
    passwordHash: await hashPassword(DEMO_ACCOUNT.password),
    emailVerified: true,
    now: start,
  });
  await grant({
    userId: user.id,
    source: "PACK",
    amount: 1_500,
    grantKey: "pack:demo-welcome",
    now: addHours(start, 2),
  });
  const next = random(2026);
  for (let day = 1; day < HISTORY_DAYS; day += 1) {
    const dayStart = addDays(start, day);
    await rolloverIfDue({ userId: user.id, now: dayStart });
    const weekend = [0, 6].includes(dayStart.getUTCDay());
    const requests = Math.floor(next() * (weekend ? 4 : 9)) + 2;
    for (let i = 0; i < requests; i += 1) {
      const at = addMinutes(dayStart, Math.floor(next() * 24 * 60));
      if (at > now) continue;
      const requestId = randomUUID();
      const priced = quote(pickAction(next));
      const groupId = priced.kind === "COUNCIL" ? randomUUID() : undefined;
      try {
        await hold({ userId: user.id, requestId, quote: priced, groupId, now: at });
      } catch {
        continue; // out of credits that day: the request was refused, exactly as the app would
      }
      const finishedAt = new Date(at.getTime() + 800 + Math.floor(next() * 6_000));
      if (next() < 0.04) await release({ userId: user.id, requestId, reason: "The model failed", now: finishedAt });
      else await settle({ userId: user.id, requestId, result: { seeded: true }, now: finishedAt });
    }
  }
  await rolloverIfDue({ userId: user.id, now });
  return { created: true };
}
