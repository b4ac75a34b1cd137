import "server-only";
import { db, type User } from "@/lib/db";

/** Signed out after a week without use, and after 30 days whatever happens (the cookie's sliding expiry is not enough). */
export const SESSION_IDLE_MS = 7 * 24 * 60 * 60_000;
export const SESSION_LIFETIME_MS = 30 * 24 * 60 * 60_000;
/** How stale `lastSeenAt` may get before a request refreshes it: one write per session every few minutes, not per request. */
const TOUCH_EVERY_MS = 5 * 60_000;

/** Records a new sign-in; its id goes into the session token (`sid`) and is checked on every request. */
export async function startSession({
  userId,
  userAgent,
  now = new Date(),
}: {
  userId: string;
  userAgent?: string | null;
  now?: Date;
}) {
  const session = await db().authSession.create({
    data: {
      userId,
      userAgent: userAgent?.slice(0, 300) ?? null,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_LIFETIME_MS),
    },
    select: { id: true },
  });
  return session.id;
}

/**
 * The user behind a session token, or null when its session was signed out, revoked, has lived 30 days
 * or was idle for a week. One statement (the session row joined with its user): Prisma's nested select
 * would take two, and this runs on every signed-in request (bench/session.ts measures it).
 */
export async function activeSessionUser({
  sid,
  userId,
  now = new Date(),
}: {
  sid: string;
  userId: string;
  now?: Date;
}) {
  const [row] = await db().$queryRaw<SessionRow[]>`
    SELECT u."id", u."email", u."name", u."plan", u."timeZone", u."emailVerifiedAt", s."lastSeenAt"
    FROM "AuthSession" AS s JOIN "User" AS u ON u."id" = s."userId"
    WHERE s."id" = ${sid} AND s."userId" = ${userId} AND s."revokedAt" IS NULL
      AND s."expiresAt" > ${now} AND s."lastSeenAt" > ${new Date(now.getTime() - SESSION_IDLE_MS)}`;
  if (!row) return null;
  const { lastSeenAt, emailVerifiedAt, ...user } = row;
  if (now.getTime() - new Date(lastSeenAt).getTime() > TOUCH_EVERY_MS) {
    await db().authSession.updateMany({ where: { id: sid, revokedAt: null }, data: { lastSeenAt: now } });
  }
  // Raw SQL gives SQLite's dates as numbers or strings.
  return { ...user, emailVerifiedAt: emailVerifiedAt === null ? null : new Date(emailVerifiedAt), sessionId: sid };
}

type SessionRow = Pick<User, "id" | "email" | "name" | "plan" | "timeZone"> & {
  emailVerifiedAt: Date | string | number | null;
  lastSeenAt: Date | string;
};

/** Ends one session (signing out). */
export async function revokeSession({ sid, now = new Date() }: { sid: string; now?: Date }) {
  await db().authSession.updateMany({ where: { id: sid, revokedAt: null }, data: { revokedAt: now } });
}

/** Ends every session of the person but `except` (sign out of all other devices, a new password). */
export async function revokeOtherSessions({
  userId,
  except,
  now = new Date(),
}: {
  userId: string;
  except?: string;
  now?: Date;
}) {
  const { count } = await db().authSession.updateMany({
    where: { userId, revokedAt: null, ...(except && { id: { not: except } }) },
    data: { revokedAt: now },
  });
  return count;
}

/** The person's sessions that still work, most recently used first. */
export function listActiveSessions({ userId, now = new Date() }: { userId: string; now?: Date }) {
  return db().authSession.findMany({
    where: {
      userId,
      revokedAt: null,
      expiresAt: { gt: now },
      lastSeenAt: { gt: new Date(now.getTime() - SESSION_IDLE_MS) },
    },
    select: { id: true, userAgent: true, createdAt: true, lastSeenAt: true },
    orderBy: { lastSeenAt: "desc" },
  });
}
