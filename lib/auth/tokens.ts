import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db, type AccountTokenPurpose } from "@/lib/db";

/** How long each kind of emailed link works. */
export const TOKEN_TTL_MS: Record<AccountTokenPurpose, number> = {
  VERIFY_EMAIL: 24 * 60 * 60_000,
  RESET_PASSWORD: 60 * 60_000,
  CHANGE_EMAIL: 24 * 60 * 60_000,
};

const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * A new single-use link token for the person: 32 random bytes, returned once (for the email) and stored
 * only as its SHA-256, so a copy of the database opens nothing. `replaceEarlier` voids the person's
 * unused tokens of the same purpose (a new reset link makes the old ones worthless).
 */
export async function issueToken({
  userId,
  purpose,
  email,
  replaceEarlier = false,
  now = new Date(),
}: {
  userId: string;
  purpose: AccountTokenPurpose;
  email: string;
  replaceEarlier?: boolean;
  now?: Date;
}) {
  const token = randomBytes(32).toString("base64url");
  if (replaceEarlier)
    await db().accountToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: now } });
  await db().accountToken.create({
    data: {
      id: hashOf(token),
      userId,
      purpose,
      email: email.toLowerCase(),
      expiresAt: new Date(now.getTime() + TOKEN_TTL_MS[purpose]),
      createdAt: now,
    },
  });
  return token;
}

/**
 * Uses a token: the same statement that checks it (purpose, not used, not expired) marks it used, so
 * two clicks (or a replay) can never both succeed. Looked up by hash, so no comparison leaks timing.
 * Null for an unknown, used, expired or wrong-purpose token.
 */
export async function consumeToken({
  token,
  purpose,
  now = new Date(),
}: {
  token: string;
  purpose: AccountTokenPurpose;
  now?: Date;
}) {
  const id = hashOf(token);
  const { count } = await db().accountToken.updateMany({
    where: { id, purpose, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (count === 0) return null;
  return db().accountToken.findUniqueOrThrow({ where: { id }, select: { userId: true, email: true } });
}

/** Whether a token would still work (for a page that asks before using it). */
export async function tokenIsUsable({
  token,
  purpose,
  now = new Date(),
}: {
  token: string;
  purpose: AccountTokenPurpose;
  now?: Date;
}) {
  const row = await db().accountToken.findUnique({
    where: { id: hashOf(token) },
    select: { purpose: true, usedAt: true, expiresAt: true },
  });
  return Boolean(row && row.purpose === purpose && !row.usedAt && row.expiresAt > now);
}
