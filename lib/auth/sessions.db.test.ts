import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeUser } from "@/lib/testing/factories";
import {
  activeSessionUser,
  listActiveSessions,
  revokeOtherSessions,
  revokeSession,
  SESSION_IDLE_MS,
  SESSION_LIFETIME_MS,
  startSession,
} from "./sessions";

const DAY = 24 * 60 * 60_000;
const at = (from: Date, ms: number) => new Date(from.getTime() + ms);

describe("server-side sessions", () => {
  it("a signed-out session signs nothing any more, while the person's other sessions still do", async () => {
    const user = await makeUser();
    const [laptop, phone] = [
      await startSession({ userId: user.id, userAgent: "laptop" }),
      await startSession({ userId: user.id, userAgent: "phone" }),
    ];
    expect(await activeSessionUser({ sid: laptop, userId: user.id })).toMatchObject({
      id: user.id,
      email: user.email,
      sessionId: laptop,
    });
    await revokeSession({ sid: laptop });
    expect(await activeSessionUser({ sid: laptop, userId: user.id })).toBeNull();
    expect(await activeSessionUser({ sid: phone, userId: user.id })).toMatchObject({ id: user.id });
  });

  it("a session id is worthless with another person's user id", async () => {
    const [a, b] = [await makeUser(), await makeUser()];
    const sid = await startSession({ userId: a.id });
    expect(await activeSessionUser({ sid, userId: b.id })).toBeNull();
  });

  it("ends after a week without use, and after 30 days however often it is used", async () => {
    const user = await makeUser();
    const t0 = new Date("2026-06-01T00:00:00Z");
    const idle = await startSession({ userId: user.id, now: t0 });
    expect(
      await activeSessionUser({ sid: idle, userId: user.id, now: at(t0, SESSION_IDLE_MS - 60_000) }),
    ).not.toBeNull();
    const busy = await startSession({ userId: user.id, now: t0 });
    for (let day = 1; day < 30; day += 1)
      expect(await activeSessionUser({ sid: busy, userId: user.id, now: at(t0, day * DAY) })).not.toBeNull();
    expect(await activeSessionUser({ sid: idle, userId: user.id, now: at(t0, 20 * DAY) })).toBeNull(); // last used on day 0 (+ a week)
    expect(await activeSessionUser({ sid: busy, userId: user.id, now: at(t0, SESSION_LIFETIME_MS + 1) })).toBeNull();
  });

  it("records use at most every few minutes, not on every request", async () => {
    const user = await makeUser();
    const t0 = new Date("2026-06-01T00:00:00Z");
    const sid = await startSession({ userId: user.id, now: t0 });
    await activeSessionUser({ sid, userId: user.id, now: at(t0, 60_000) });
    expect((await db().authSession.findUniqueOrThrow({ where: { id: sid } })).lastSeenAt).toEqual(t0);
    await activeSessionUser({ sid, userId: user.id, now: at(t0, 6 * 60_000) });
    expect((await db().authSession.findUniqueOrThrow({ where: { id: sid } })).lastSeenAt).toEqual(at(t0, 6 * 60_000));
  });

  it("signing out of all other devices keeps this one and ends the rest", async () => {
    const user = await makeUser();
    const here = await startSession({ userId: user.id, userAgent: "here" });
    for (let i = 0; i < 3; i += 1) await startSession({ userId: user.id, userAgent: `elsewhere ${i}` });
    expect(await revokeOtherSessions({ userId: user.id, except: here })).toBe(3);
    expect((await listActiveSessions({ userId: user.id })).map((session) => session.id)).toEqual([here]);
  });
});
