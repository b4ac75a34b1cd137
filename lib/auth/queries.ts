import "server-only";
import { addMonths } from "date-fns";
import { ledgerTx, openAccountInTx } from "@/lib/credits";
import { db } from "@/lib/db";
import { markEmailVerified } from "./verification";

export interface NewUser {
  email: string;
  name?: string | null;
  passwordHash?: string | null;
  timeZone?: string;
  /** Whether the email is proven already (a provider-verified OAuth email, the demo account, tests). */
  emailVerified: boolean;
  now?: Date;
}

/**
 * Creates a user on the Free plan with a wallet, atomically; a verified one gets this period's 100
 * credits at once, an unverified one when they click the emailed link (lib/auth/verification.ts).
 */
export async function createUser({
  email,
  name = null,
  passwordHash = null,
  timeZone = "UTC",
  emailVerified,
  now = new Date(),
}: NewUser) {
  const period = { start: now, end: addMonths(now, 1) };
  return ledgerTx(async (tx) => {
    const user = await tx.user.create({
      data: {
        email: email.toLowerCase(),
        name,
        passwordHash,
        timeZone,
        plan: "FREE",
        periodStart: period.start,
        periodEnd: period.end,
        createdAt: now,
        emailVerifiedAt: emailVerified ? now : null,
      },
    });
    await openAccountInTx(tx, { userId: user.id, plan: "FREE", period, now, emailVerified });
    return user;
  });
}

export function getUserByEmail({ email }: { email: string }) {
  return db().user.findUnique({ where: { email: email.toLowerCase() } });
}

export function getUserById({ id }: { id: string }) {
  return db().user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, plan: true, timeZone: true },
  });
}

/**
 * Finds the user behind an OAuth account, linking or creating one by the provider's verified email
 * (which also verifies an account that signed up with that email and never clicked our link).
 */
export async function findOrCreateOAuthUser({
  provider,
  providerAccountId,
  email,
  name,
}: {
  provider: string;
  providerAccountId: string;
  email: string;
  name?: string | null;
}) {
  const linked = await db().oAuthAccount.findUnique({
    where: { provider_providerAccountId: { provider, providerAccountId } },
    include: { user: true },
  });
  if (linked) return linked.user;
  const existing = await getUserByEmail({ email });
  if (existing && !existing.emailVerifiedAt) await markEmailVerified({ userId: existing.id, email: existing.email });
  const user = existing ?? (await createUser({ email, name, emailVerified: true }));
  await db().oAuthAccount.create({ data: { provider, providerAccountId, userId: user.id } });
  return user;
}

/** What Settings › Profile needs beyond the session: whether the account has a password to change. */
export async function getProfile({ userId }: { userId: string }) {
  const user = await db().user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  return { hasPassword: user.passwordHash !== null };
}
