// `npm run seed:heavy [-- --events 1000000 --reset]`: a heavy user with a million usage events over 90 days,
// for the Activity benchmarks (bench/activity.ts). Use a database of its own (DATABASE_URL), never a shared one.
import { parseArgs } from "node:util";
import {
  CHAT_MODEL_IDS,
  IMAGE_MODEL_IDS,
  IMAGE_RESOLUTIONS,
  VIDEO_DURATIONS,
  VIDEO_MODEL_IDS,
  VIDEO_RESOLUTIONS,
} from "@/config/pricing";
import { hashPassword } from "@/lib/auth/password";
import { createUser, getUserByEmail } from "@/lib/auth/queries";
import { grant, importFinishedRequests, quote, rolloverIfDue, type PricedAction } from "@/lib/credits";
import { db, type UsageKind, type UsageStatus } from "@/lib/db";
import { HEAVY_ACCOUNT } from "@/lib/activity/heavy-account";
import { pick, seededRandom } from "@/lib/testing/random";

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const DAYS = 90;
const PACK_KEY = "pack:heavy-seed";
// Busier in the working day than at night (weights per hour of the day).
const HOUR_WEIGHTS = [1, 1, 1, 1, 1, 2, 3, 5, 7, 8, 8, 8, 7, 8, 8, 8, 7, 6, 5, 5, 4, 3, 2, 1];

interface SeedEvent {
  index: number;
  kind: UsageKind;
  model: string;
  units: string;
  credits: number;
  status: UsageStatus;
  latencyMs: number;
  groupId: string | null;
  requestId: string;
  createdAt: Date;
}

function pickAction(next: () => number): PricedAction {
  const roll = next();
  const chatModel = pick(next, [
    "swift",
    "swift",
    "swift",
    "nimbus",
    "nimbus",
    "sage",
    "sage",
    "atlas",
    "oracle",
  ] as const);
  if (roll < 0.6) return { kind: "CHAT", model: chatModel };
  if (roll < 0.72) return { kind: "AGENT", model: chatModel };
  if (roll < 0.985)
    return { kind: "IMAGE", model: pick(next, IMAGE_MODEL_IDS), resolution: pick(next, IMAGE_RESOLUTIONS) };
  return {
    kind: "VIDEO",
    model: pick(next, VIDEO_MODEL_IDS),
    seconds: pick(next, VIDEO_DURATIONS),
    resolution: pick(next, VIDEO_RESOLUTIONS),
  };
}

function pickHour(next: () => number) {
  const total = HOUR_WEIGHTS.reduce((sum, weight) => sum + weight, 0);
  let roll = next() * total;
  for (let hour = 0; hour < HOUR_WEIGHTS.length; hour += 1) {
    roll -= HOUR_WEIGHTS[hour]!;
    if (roll < 0) return hour;
  }
  return HOUR_WEIGHTS.length - 1;
}

/** Splits `total` across the days, quieter at weekends; the parts add up to exactly `total`. */
function eventsPerDay(next: () => number, start: Date, total: number) {
  const weights = Array.from({ length: DAYS }, (_, day) => {
    const weekday = new Date(start.getTime() + day * DAY_MS).getUTCDay();
    return ([0, 6].includes(weekday) ? 0.6 : 1) * (0.7 + 0.6 * next());
  });
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((weight) => Math.floor((total * weight) / sum));
  for (let day = 0, left = total - counts.reduce((a, b) => a + b, 0); left > 0; day = (day + 1) % DAYS, left -= 1)
    counts[day]! += 1;
  return counts;
}

/**
 * The heavy user's requests in time order, the same every run for a given start and count: chats,
 * agents, council runs (2–4 models sharing one start time and group), images and a few videos, ~3%
 * refunded, priced by the real price table.
 */
function* heavyUsage(start: Date, total: number): Generator<SeedEvent> {
  const next = seededRandom(90_1000);
  let index = 0;
  for (const [day, count] of eventsPerDay(next, start, total).entries()) {
    const dayStart = start.getTime() + day * DAY_MS;
    const offsets = Array.from({ length: count }, () => pickHour(next) * HOUR_MS + Math.floor(next() * HOUR_MS)).sort(
      (a, b) => a - b,
    );
    for (let slot = 0; slot < count;) {
      const createdAt = new Date(dayStart + offsets[slot]!);
      const council = next() < 0.08 && count - slot >= 2;
      const actions: PricedAction[] = council
        ? [...CHAT_MODEL_IDS]
            .sort(() => next() - 0.5)
            .slice(0, Math.min(2 + Math.floor(next() * 3), count - slot))
            .map((model) => ({ kind: "COUNCIL", model }))
        : [pickAction(next)];
      const groupId = council ? `heavy-run-${index}` : null;
      for (const action of actions) {
        const priced = quote(action);
        const refunded = next() < (priced.kind === "VIDEO" ? 0.06 : 0.03);
        const base = { CHAT: 400, AGENT: 600, COUNCIL: 500, IMAGE: 2_000, VIDEO: 15_000 }[priced.kind];
        yield {
          index,
          kind: priced.kind,
          model: priced.model,
          units: JSON.stringify(priced.units),
          credits: refunded ? 0 : priced.credits,
          status: refunded ? "FAILED_REFUNDED" : "SUCCEEDED",
          latencyMs: base + Math.floor(next() * base * 6),
          groupId,
          requestId: groupId ? `${groupId}:${priced.model}` : `heavy-${index}`,
          createdAt,
        };
        index += 1;
        slot += 1;
      }
    }
  }
}

async function main() {
  const { values } = parseArgs({
    options: { events: { type: "string", default: "1000000" }, reset: { type: "boolean", default: false } },
  });
  const total = Number(values.events);
  if (!Number.isInteger(total) || total < 1)
    throw new Error(`--events must be a positive whole number, not ${values.events}`);

  const existing = await getUserByEmail({ email: HEAVY_ACCOUNT.email });
  if (existing && !values.reset) {
    const events = await db().usageEvent.count({ where: { userId: existing.id } });
    console.log(
      `The heavy user ${HEAVY_ACCOUNT.email} already exists with ${events.toLocaleString("en-US")} events (pass --reset to recreate it).`,
    );
    return;
  }
  if (existing) await db().user.delete({ where: { id: existing.id } });

  const started = Date.now();
  const now = new Date();
  const start = new Date(now.getTime() - DAYS * DAY_MS);
  let spent = 0;
  for (const event of heavyUsage(start, total)) spent += event.credits;

  // Through the real ledger: the account, its first allowance and one pack that pays for all the usage.
  const { email, name, timeZone, password } = HEAVY_ACCOUNT;
  const user = await createUser({
    email,
    name,
    timeZone,
    passwordHash: await hashPassword(password),
    emailVerified: true,
    now: new Date(start.getTime() - HOUR_MS),
  });
  await grant({
    userId: user.id,
    source: "PACK",
    amount: spent + 5_000,
    grantKey: PACK_KEY,
    now: new Date(start.getTime() - HOUR_MS),
  });

  try {
    // In bulk, through the ledger's import: events, one DEBIT per charged request (all from the pack), the
    // hourly rollups, and the pack bucket and wallet debited by the same total, in one transaction.
    await importFinishedRequests({
      userId: user.id,
      grantKey: PACK_KEY,
      requests: function* () {
        for (const { index, ...fields } of heavyUsage(start, total))
          yield { id: `heavy-ev-${index}`, holdId: `heavy-hold-${index}`, ...fields };
      },
      onProgress: (imported) => console.log(`  ${imported.toLocaleString("en-US")} events…`),
    });
  } catch (error) {
    await db().user.delete({ where: { id: user.id } });
    throw error;
  }
  // The monthly resets that happened during those 90 days, through the real ledger.
  await rolloverIfDue({ userId: user.id, now });
  await db().$executeRawUnsafe("ANALYZE");
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `Seeded ${HEAVY_ACCOUNT.email} (password ${HEAVY_ACCOUNT.password}) with ${total.toLocaleString("en-US")} events in ${seconds} s`,
  );
}

try {
  await main();
} finally {
  await db().$disconnect();
}
